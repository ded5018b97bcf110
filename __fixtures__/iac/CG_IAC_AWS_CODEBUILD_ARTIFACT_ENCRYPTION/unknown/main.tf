variable "choice" {}
resource "aws_codebuild_project" "flag_from_variable" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "S3"
    encryption_disabled = var.choice
  }
}
