# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_s3_bucket" "encrypted_with_cmk" {
  bucket = "logs"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.encrypted_with_cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.cmk.arn
    }
  }
}
