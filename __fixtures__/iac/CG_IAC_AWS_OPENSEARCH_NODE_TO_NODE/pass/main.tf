resource "aws_elasticsearch_domain" "n2n" {
  domain_name = "d"
  node_to_node_encryption {
    enabled = true
  }
}
