variable "choice" {}
resource "aws_api_gateway_domain_name" "policy_from_variable" {
  domain_name = "api.example.com"
  security_policy = var.choice
}
