resource "aws_neptune_cluster" "good_example" {
  cluster_identifier = "neptune-cluster-demo"
  storage_encrypted  = true
  kms_key_arn        = "arn:aws:kms:us-east-1:123456789012:key/k"
}
