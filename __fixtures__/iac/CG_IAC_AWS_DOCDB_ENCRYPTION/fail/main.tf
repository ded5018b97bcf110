resource "aws_docdb_cluster" "unencrypted" {
  cluster_identifier = "d"
}
