# cg-test: require-cmk
resource "aws_bedrock_custom_model" "provider_managed_key" {
  custom_model_name = "m"
}
