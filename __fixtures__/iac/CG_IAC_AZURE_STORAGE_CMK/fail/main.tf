# cg-test: require-cmk
resource "azurerm_storage_account" "microsoft_managed" {
  name = "s"
  location = "uaenorth"
}
