resource "azurerm_mysql_server" "no_ssl" {
  name = "m"
  location = "uaenorth"
  ssl_enforcement_enabled = false
}
resource "azurerm_postgresql_flexible_server_configuration" "insecure_transport" {
  name = "require_secure_transport"
  value = "off"
}
