resource "azurerm_mssql_server" "bad_example" {
  name                         = "mssqlserver"
  resource_group_name          = "rg"
  location                     = "westus"
  version                      = "12.0"
  administrator_login          = "missadministrator"
  minimum_tls_version          = "1.1"
}
