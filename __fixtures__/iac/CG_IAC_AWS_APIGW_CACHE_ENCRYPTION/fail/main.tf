resource "aws_api_gateway_method_settings" "cache_plain" {
  rest_api_id = "a"
  stage_name = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}
