resource "aws_db_instance" "encrypted" {
  engine = "postgres"
  storage_encrypted = true
}
resource "aws_rds_cluster" "encrypted" {
  engine = "aurora-postgresql"
  storage_encrypted = true
}
