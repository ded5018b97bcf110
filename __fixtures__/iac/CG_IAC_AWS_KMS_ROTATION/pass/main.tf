resource "aws_kms_key" "rotating" {
  enable_key_rotation = true
}
