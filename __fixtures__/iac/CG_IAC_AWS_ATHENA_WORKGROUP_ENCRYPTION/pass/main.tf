resource "aws_athena_workgroup" "encrypted" {
  name = "w"
  configuration {
    result_configuration {
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}
