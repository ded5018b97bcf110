# cg-test: require-infrastructure-encryption
resource "azurerm_storage_account" "single_layer" {
  name = "s"
  location = "uaenorth"
}
