resource "aws_sns_topic" "bad_example" {
  # no key id specified
}
