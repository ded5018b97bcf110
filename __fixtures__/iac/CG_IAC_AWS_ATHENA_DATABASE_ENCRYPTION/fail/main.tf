resource "aws_athena_database" "unencrypted" {
  name = "d"
  bucket = "b"
}
