resource "azurerm_mssql_database" "tde_default" {
  name = "db"
}
resource "azurerm_mssql_server_transparent_data_encryption" "cmk" {
  server_id = azurerm_mssql_server.s.id
  key_vault_key_id = azurerm_key_vault_key.k.id
}
