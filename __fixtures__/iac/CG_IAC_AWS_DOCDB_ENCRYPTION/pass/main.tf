resource "aws_docdb_cluster" "encrypted" {
  storage_encrypted = true
}
