# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_ecr_repository" "kms" {
  name = "r"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key = aws_kms_key.cmk.arn
  }
}
