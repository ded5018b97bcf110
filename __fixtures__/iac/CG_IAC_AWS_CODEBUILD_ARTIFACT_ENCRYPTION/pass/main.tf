resource "aws_codebuild_project" "encrypted_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "S3"
    location = "bucket"
  }
}
