resource "aws_redshift_cluster" "encrypted" {
  cluster_identifier = "c"
  encrypted = true
}
