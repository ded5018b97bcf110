resource "aws_kinesis_stream" "bad_example" {
  encryption_type = "NONE"
}
