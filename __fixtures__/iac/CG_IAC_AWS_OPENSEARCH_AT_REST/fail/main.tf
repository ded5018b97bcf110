resource "aws_opensearch_domain" "unencrypted" {
  domain_name = "d"
}
