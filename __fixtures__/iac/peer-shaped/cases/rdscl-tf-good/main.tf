resource "aws_rds_cluster" "good_example" {
  name              = "bar"
  kms_key_id        = "mykey"
  storage_encrypted = true
}
