resource "aws_elasticache_replication_group" "unencrypted" {
  replication_group_id = "r"
}
