resource "aws_athena_database" "encrypted" {
  name = "d"
  bucket = "b"
  encryption_configuration {
    encryption_option = "SSE_KMS"
    kms_key = "arn:aws:kms:me-central-1:123456789012:key/k"
  }
}
