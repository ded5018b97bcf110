resource "azurerm_storage_account" "http_allowed" {
  name = "s"
  location = "uaenorth"
  enable_https_traffic_only = false
}
