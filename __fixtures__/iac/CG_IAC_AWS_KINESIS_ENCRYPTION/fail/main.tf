resource "aws_kinesis_stream" "unencrypted" {
  name = "s"
}
resource "aws_kinesis_firehose_delivery_stream" "unencrypted" {
  name = "f"
}
