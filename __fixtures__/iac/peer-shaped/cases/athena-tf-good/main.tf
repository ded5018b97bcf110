resource "aws_athena_workgroup" "good_example" {
  name = "example"
  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://bucket/output/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/k"
      }
    }
  }
}
