# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_sagemaker_notebook_instance" "cmk" {
  name = "n"
  kms_key_id = aws_kms_key.cmk.arn
}
resource "aws_sagemaker_endpoint_configuration" "cmk" {
  name = "e"
  kms_key_arn = aws_kms_key.cmk.arn
}
resource "aws_sagemaker_domain" "cmk" {
  domain_name = "d"
  kms_key_id = aws_kms_key.cmk.id
}
