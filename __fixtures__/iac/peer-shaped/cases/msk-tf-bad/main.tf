resource "aws_msk_cluster" "bad_example" {
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
      in_cluster = true
    }
  }
}
