# cg-test: require-cmk
resource "azurerm_cosmosdb_account" "cmk" {
  name = "c"
  location = "uaenorth"
  key_vault_key_id = azurerm_key_vault_key.k.versionless_id
}
