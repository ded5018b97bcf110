resource "aws_athena_workgroup" "unencrypted" {
  name = "w"
}

# Trivy AVD-AWS-0007 bad shape: encryption set, but clients may override it.
resource "aws_athena_workgroup" "override_allowed" {
  name = "override"
  configuration {
    enforce_workgroup_configuration = false
    result_configuration {
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/k"
      }
    }
  }
}
