resource "aws_neptune_cluster" "bad_example" {
  cluster_identifier = "neptune-cluster-demo"
  storage_encrypted = false
}
