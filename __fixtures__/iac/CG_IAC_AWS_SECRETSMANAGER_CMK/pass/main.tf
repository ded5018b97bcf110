# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_secretsmanager_secret" "with_customer_key" {
  name = "s"
  kms_key_id = aws_kms_key.cmk.arn
}
