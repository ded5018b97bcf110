resource "aws_workspaces_workspace" "good_example" {
  directory_id = "d"
  bundle_id    = "b"
  user_name    = "admin"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = "alias/aws/workspaces"
}
