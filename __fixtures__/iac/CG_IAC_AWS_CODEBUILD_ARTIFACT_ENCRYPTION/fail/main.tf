resource "aws_codebuild_project" "plain_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "S3"
    location = "bucket"
    encryption_disabled = true
  }
}
