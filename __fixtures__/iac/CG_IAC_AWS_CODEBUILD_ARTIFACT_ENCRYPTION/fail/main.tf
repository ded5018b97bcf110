resource "aws_codebuild_project" "plain_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "S3"
    location = "bucket"
    encryption_disabled = true
  }
}
resource "aws_codebuild_project" "plain_secondary_artifacts" {
  name = "b"
  service_role = "r"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  secondary_artifacts {
    type = "S3"
    location = "bucket"
    artifact_identifier = "a"
    encryption_disabled = true
  }
}
