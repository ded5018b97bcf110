resource "aws_kinesis_firehose_delivery_stream" "stream_source" {
  name        = "f"
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s"
    role_arn           = "arn:aws:iam::123456789012:role/r"
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/r"
    bucket_arn = "arn:aws:s3:::b"
  }
}
