resource "aws_elasticache_replication_group" "encrypted" {
  replication_group_id = "r"
  at_rest_encryption_enabled = true
}
