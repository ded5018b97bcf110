resource "azurerm_mssql_database" "tde_off" {
  name = "db"
  transparent_data_encryption_enabled = false
}
