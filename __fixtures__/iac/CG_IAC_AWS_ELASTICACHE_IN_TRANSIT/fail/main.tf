resource "aws_elasticache_replication_group" "plaintext" {
  replication_group_id = "r"
  transit_encryption_enabled = false
}
