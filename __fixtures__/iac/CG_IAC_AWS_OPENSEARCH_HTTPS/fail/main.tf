resource "aws_opensearch_domain" "http_allowed" {
  domain_name = "d"
}

resource "aws_opensearch_domain" "tls10" {
  domain_name = "legacy-clients"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
