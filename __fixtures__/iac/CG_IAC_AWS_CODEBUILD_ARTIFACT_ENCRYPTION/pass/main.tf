resource "aws_codebuild_project" "encrypted_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "S3"
    location = "bucket"
  }
}
resource "aws_codebuild_project" "encrypted_secondary_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  secondary_artifacts {
    type = "S3"
    location = "bucket"
    artifact_identifier = "a"
  }
}
