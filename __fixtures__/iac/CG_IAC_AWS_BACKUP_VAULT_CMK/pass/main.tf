# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_backup_vault" "with_customer_key" {
  name = "v"
  kms_key_arn = aws_kms_key.cmk.arn
}
