resource "aws_workspaces_workspace" "bad_example" {
  directory_id = "d"
  bundle_id    = "b"
  user_name    = "admin"
  workspace_properties {
    compute_type_name = "VALUE"
  }
}
