resource "azurerm_postgresql_server" "tls12" {
  name = "p"
  location = "uaenorth"
  ssl_enforcement_enabled = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
