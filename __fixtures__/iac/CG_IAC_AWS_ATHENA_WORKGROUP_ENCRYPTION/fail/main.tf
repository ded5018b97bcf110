resource "aws_athena_workgroup" "unencrypted" {
  name = "w"
}
