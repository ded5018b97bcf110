resource "aws_sns_topic" "unencrypted" {
  name = "t"
}
