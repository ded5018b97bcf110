resource "azurerm_postgresql_server" "ssl" {
  name = "p"
  location = "uaenorth"
  ssl_enforcement_enabled = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
resource "azurerm_mysql_flexible_server_configuration" "secure_transport" {
  name = "require_secure_transport"
  value = "ON"
}
