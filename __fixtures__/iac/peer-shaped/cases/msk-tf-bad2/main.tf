resource "aws_msk_cluster" "sensitive_data_cluster_3" {
  encryption_info {
    encryption_in_transit {
      in_cluster = false
    }
  }
}
