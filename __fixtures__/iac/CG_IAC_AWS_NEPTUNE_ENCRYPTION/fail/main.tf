resource "aws_neptune_cluster" "unencrypted" {
  storage_encrypted = false
}
