resource "aws_sns_topic" "good_example" {
  kms_master_key_id = "/blah"
}
