variable "choice" {}
resource "azurerm_linux_web_app" "ftps_from_variable" {
  name = "a"
  site_config {
    ftps_state = var.choice
  }
}
