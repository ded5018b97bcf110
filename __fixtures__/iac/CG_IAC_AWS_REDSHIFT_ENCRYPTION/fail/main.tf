resource "aws_redshift_cluster" "unencrypted" {
  cluster_identifier = "c"
}
