resource "aws_workspaces_workspace" "user_volume_plain" {
  directory_id = "d"
  bundle_id = "b"
  user_name = "u"
  root_volume_encryption_enabled = true
}
