resource "azurerm_storage_account" "single_layer" {
  name = "s"
  location = "uaenorth"
}
