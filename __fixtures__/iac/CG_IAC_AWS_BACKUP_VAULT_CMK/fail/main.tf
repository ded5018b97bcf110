# cg-test: require-cmk
resource "aws_backup_vault" "provider_managed_key" {
  name = "v"
}
