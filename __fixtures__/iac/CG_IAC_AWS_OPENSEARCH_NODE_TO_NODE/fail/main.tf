resource "aws_elasticsearch_domain" "no_n2n" {
  domain_name = "d"
  node_to_node_encryption {
    enabled = false
  }
}
