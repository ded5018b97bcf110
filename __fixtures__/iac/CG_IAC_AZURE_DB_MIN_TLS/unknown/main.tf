variable "choice" {}
resource "azurerm_postgresql_server" "tls_from_variable" {
  name = "p"
  ssl_minimal_tls_version_enforced = var.choice
}
