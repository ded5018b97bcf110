resource "azurerm_data_lake_store" "encrypted" {
  name = "d"
  location = "uaenorth"
  encryption_state = "Enabled"
}
