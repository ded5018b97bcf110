variable "choice" {}
resource "azurerm_windows_web_app" "tls_from_variable" {
  name = "a"
  site_config {
    minimum_tls_version = var.choice
  }
}
