variable "choice" {}
resource "aws_api_gateway_method_settings" "encryption_from_variable" {
  rest_api_id = "a"
  stage_name = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
    cache_data_encrypted = var.choice
  }
}
