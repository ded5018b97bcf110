# cg-test: require-cmk
resource "aws_cloudwatch_log_group" "provider_managed_key" {
  name = "g"
}
