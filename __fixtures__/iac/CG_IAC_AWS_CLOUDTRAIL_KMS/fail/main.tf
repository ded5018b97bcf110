# cg-test: require-cmk
resource "aws_cloudtrail" "provider_managed_key" {
  name = "t"
}
