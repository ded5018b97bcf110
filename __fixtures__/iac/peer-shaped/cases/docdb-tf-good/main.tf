resource "aws_docdb_cluster" "good_example" {
  cluster_identifier = "my-docdb-cluster"
  engine             = "docdb"
  master_username    = "foo"
  storage_encrypted  = true
  kms_key_id         = "arn:aws:kms:us-east-1:123456789012:key/k"
}
