resource "azurerm_mssql_server" "tls_disabled" {
  name = "s"
  location = "uaenorth"
  version = "12.0"
  minimum_tls_version = "Disabled"
}
