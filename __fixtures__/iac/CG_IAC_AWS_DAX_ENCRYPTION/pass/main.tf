resource "aws_dax_cluster" "encrypted" {
  cluster_name = "c"
  node_type = "dax.r4.large"
  replication_factor = 1
  iam_role_arn = "r"
  server_side_encryption {
    enabled = true
  }
}
