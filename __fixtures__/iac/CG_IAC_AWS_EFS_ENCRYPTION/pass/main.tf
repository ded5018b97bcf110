resource "aws_efs_file_system" "encrypted" {
  encrypted = true
}
