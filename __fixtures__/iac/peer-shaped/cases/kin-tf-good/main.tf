resource "aws_kinesis_stream" "good_example" {
  encryption_type = "KMS"
  kms_key_id = "my/special/key"
}
