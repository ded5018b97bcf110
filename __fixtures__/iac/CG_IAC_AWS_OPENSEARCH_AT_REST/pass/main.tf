resource "aws_opensearch_domain" "encrypted" {
  domain_name = "d"
  encrypt_at_rest {
    enabled = true
  }
}
