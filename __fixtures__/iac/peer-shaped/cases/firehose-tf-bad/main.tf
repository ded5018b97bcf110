resource "aws_kinesis_firehose_delivery_stream" "direct_put" {
  name        = "f"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/r"
    bucket_arn = "arn:aws:s3:::b"
  }
}
