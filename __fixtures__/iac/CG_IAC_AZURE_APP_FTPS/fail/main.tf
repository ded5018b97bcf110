resource "azurerm_windows_web_app" "plain_ftp" {
  name = "a"
  location = "uaenorth"
  site_config {
    ftps_state = "AllAllowed"
  }
}
