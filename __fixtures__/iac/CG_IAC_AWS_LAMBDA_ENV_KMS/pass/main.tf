# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_lambda_function" "env_with_cmk" {
  function_name = "f"
  kms_key_arn = aws_kms_key.cmk.arn
  environment {
    variables = { MODE = "x" }
  }
}
