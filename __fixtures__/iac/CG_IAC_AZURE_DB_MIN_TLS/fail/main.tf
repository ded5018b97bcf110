resource "azurerm_mysql_server" "tls10" {
  name = "m"
  location = "uaenorth"
  ssl_enforcement_enabled = true
  ssl_minimal_tls_version_enforced = "TLS1_0"
}
