resource "aws_msk_cluster" "tls" {
  cluster_name = "m"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster = true
    }
  }
}
