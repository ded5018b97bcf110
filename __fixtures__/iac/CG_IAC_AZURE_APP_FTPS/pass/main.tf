resource "azurerm_linux_web_app" "ftps_only" {
  name = "a"
  location = "uaenorth"
  site_config {
    ftps_state = "FtpsOnly"
  }
}
