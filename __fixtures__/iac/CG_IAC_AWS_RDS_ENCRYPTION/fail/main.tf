resource "aws_db_instance" "unencrypted" {
  engine = "postgres"
  password = "hunter2hunter2"
}
resource "aws_rds_cluster" "explicitly_unencrypted" {
  engine = "aurora-postgresql"
  storage_encrypted = false
}
