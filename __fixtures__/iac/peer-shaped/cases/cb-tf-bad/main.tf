resource "aws_codebuild_project" "bad_example" {
  artifacts {
    encryption_disabled = true
  }
}
