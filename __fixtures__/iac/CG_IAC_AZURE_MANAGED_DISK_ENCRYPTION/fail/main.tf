# cg-test: require-cmk
resource "azurerm_managed_disk" "platform_key" {
  name = "d"
  location = "uaenorth"
}
