resource "aws_rds_cluster" "bad_example" {
  name = "bar"
  kms_key_id = ""
}
