# cg-test: require-cmk
resource "aws_sagemaker_notebook_instance" "default_key" {
  name = "n"
}
resource "aws_sagemaker_endpoint_configuration" "default_key" {
  name = "e"
}
resource "aws_sagemaker_domain" "default_key" {
  domain_name = "d"
}
