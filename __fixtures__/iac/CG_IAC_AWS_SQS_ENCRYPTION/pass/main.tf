resource "aws_sqs_queue" "sse_sqs" {
  sqs_managed_sse_enabled = true
}
resource "aws_sqs_queue" "sse_kms" {
  kms_master_key_id = "alias/aws/sqs"
}
