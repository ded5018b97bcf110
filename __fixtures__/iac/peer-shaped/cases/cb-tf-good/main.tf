resource "aws_codebuild_project" "good_example" {
  artifacts {
    encryption_disabled = false
  }
}
