resource "aws_opensearch_domain" "https" {
  domain_name = "d"
  domain_endpoint_options {
    enforce_https = true
  }
}
