resource "aws_sqs_queue" "bad_example" {
  name = "terraform-example-queue"
  kms_master_key_id = "alias/aws/sqs"
}
