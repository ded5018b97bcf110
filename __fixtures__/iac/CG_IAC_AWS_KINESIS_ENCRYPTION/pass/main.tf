resource "aws_kinesis_stream" "kms" {
  name = "s"
  encryption_type = "KMS"
  kms_key_id = "alias/aws/kinesis"
}
resource "aws_kinesis_firehose_delivery_stream" "sse" {
  name = "f"
  server_side_encryption {
    enabled = true
  }
}
