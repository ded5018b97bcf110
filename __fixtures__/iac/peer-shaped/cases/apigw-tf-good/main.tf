resource "aws_api_gateway_domain_name" "good_example" {
  security_policy = "TLS_1_2"
}
