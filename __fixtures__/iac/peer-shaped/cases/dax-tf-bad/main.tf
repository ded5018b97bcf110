resource "aws_dax_cluster" "bad_example" {
  cluster_name = "x"
  server_side_encryption {
    enabled = false
  }
}
