resource "aws_sns_topic" "bad_example" {
  kms_master_key_id = "alias/aws/sns"
}
