variable "choice" {}
resource "aws_dax_cluster" "flag_from_variable" {
  cluster_name = "c"
  server_side_encryption {
    enabled = var.choice
  }
}
