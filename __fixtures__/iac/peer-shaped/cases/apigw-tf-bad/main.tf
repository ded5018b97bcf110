resource "aws_api_gateway_domain_name" "bad_example" {
  security_policy = "TLS_1_0"
}
