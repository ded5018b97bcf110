resource "aws_sqs_queue" "good_example" {
  name = "terraform-example-queue"
  kms_master_key_id = "alias/aws/sqs"
}
