resource "aws_opensearch_domain" "https" {
  domain_name = "d"
  domain_endpoint_options {
    enforce_https = true
  }
}

resource "aws_opensearch_domain" "tls12" {
  domain_name = "modern"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}
