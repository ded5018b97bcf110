# cg-test: require-infrastructure-encryption
resource "azurerm_storage_account" "double_encrypted" {
  name = "s"
  location = "uaenorth"
  infrastructure_encryption_enabled = true
}
