variable "choice" {}
resource "aws_athena_database" "option_from_variable" {
  name = "d"
  bucket = "b"
  encryption_configuration {
    encryption_option = var.choice
  }
}
