resource "azurerm_mssql_server" "tls12" {
  name = "s"
  location = "uaenorth"
  version = "12.0"
  minimum_tls_version = "1.2"
}
