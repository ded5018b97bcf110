resource "aws_sqs_queue" "unencrypted" {
  name = "q"
}
resource "aws_sqs_queue" "sse_disabled" {
  sqs_managed_sse_enabled = false
}
resource "aws_sqs_queue" "empty_key" {
  kms_master_key_id = ""
}
