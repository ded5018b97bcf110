resource "aws_msk_cluster" "plaintext" {
  cluster_name = "m"
  encryption_info {
    encryption_in_transit {
      client_broker = "PLAINTEXT"
    }
  }
}
