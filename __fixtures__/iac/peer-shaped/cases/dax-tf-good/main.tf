resource "aws_dax_cluster" "good_example" {
  cluster_name = "x"
  server_side_encryption {
    enabled = true
  }
}
