resource "aws_kms_key" "not_rotating" {
  description = "k"
}
