resource "azurerm_storage_account" "https_only" {
  name = "s"
  location = "uaenorth"
  https_traffic_only_enabled = true
}
