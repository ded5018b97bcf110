resource "aws_opensearch_domain" "http_allowed" {
  domain_name = "d"
}
