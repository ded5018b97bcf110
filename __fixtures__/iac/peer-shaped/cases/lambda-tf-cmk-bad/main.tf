resource "aws_lambda_function" "bad" {
  function_name = "f"
  role = "r"
  environment {
    variables = { foo = "bar" }
  }
}
