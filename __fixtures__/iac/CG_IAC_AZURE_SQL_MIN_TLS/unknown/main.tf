variable "choice" {}
resource "azurerm_mssql_server" "tls_from_variable" {
  name = "s"
  minimum_tls_version = var.choice
}
