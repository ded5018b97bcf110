resource "aws_redshift_cluster" "bad_example" {
  cluster_identifier = "tf-redshift-cluster"
  database_name      = "mydb"
  master_username    = "foo"
  node_type          = "dc1.large"
  cluster_type       = "single-node"
}
