# cg-test: require-cmk
resource "aws_s3_bucket" "default_sse_s3_only" {
  bucket = "plain"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "aes_only" {
  bucket = aws_s3_bucket.default_sse_s3_only.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
