resource "azurerm_data_lake_store" "unencrypted" {
  name = "d"
  location = "uaenorth"
  encryption_state = "Disabled"
}
