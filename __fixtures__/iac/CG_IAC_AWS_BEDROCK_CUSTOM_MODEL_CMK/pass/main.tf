# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_bedrock_custom_model" "with_customer_key" {
  custom_model_name = "m"
  customer_encryption_key_arn = aws_kms_key.cmk.arn
}
