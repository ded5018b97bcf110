# cg-test: require-cmk
resource "aws_lambda_function" "env_with_default_key" {
  function_name = "f"
  environment {
    variables = { MODE = "x" }
  }
}
