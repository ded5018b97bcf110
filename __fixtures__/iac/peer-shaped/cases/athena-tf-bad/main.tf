resource "aws_athena_workgroup" "bad_example" {
  name = "example"
  configuration {
    enforce_workgroup_configuration    = true
    result_configuration {
      output_location = "s3://bucket/output/"
    }
  }
}
