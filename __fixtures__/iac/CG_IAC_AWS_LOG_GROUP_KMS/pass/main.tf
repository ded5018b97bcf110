# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_cloudwatch_log_group" "with_customer_key" {
  name = "g"
  kms_key_id = aws_kms_key.cmk.arn
}
