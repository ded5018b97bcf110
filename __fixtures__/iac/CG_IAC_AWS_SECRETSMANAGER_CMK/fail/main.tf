# cg-test: require-cmk
resource "aws_secretsmanager_secret" "provider_managed_key" {
  name = "s"
}
