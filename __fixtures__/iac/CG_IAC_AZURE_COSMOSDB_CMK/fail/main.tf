# cg-test: require-cmk
resource "azurerm_cosmosdb_account" "service_managed" {
  name = "c"
  location = "uaenorth"
}
