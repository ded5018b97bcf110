variable "choice" {}
resource "aws_workspaces_workspace" "flag_from_variable" {
  directory_id = "d"
  root_volume_encryption_enabled = var.choice
  user_volume_encryption_enabled = true
}
