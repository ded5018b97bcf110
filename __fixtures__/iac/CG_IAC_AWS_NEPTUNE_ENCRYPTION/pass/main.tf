resource "aws_neptune_cluster" "encrypted" {
  storage_encrypted = true
}
