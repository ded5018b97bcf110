resource "aws_elasticache_replication_group" "tls" {
  replication_group_id = "r"
  transit_encryption_enabled = true
}
