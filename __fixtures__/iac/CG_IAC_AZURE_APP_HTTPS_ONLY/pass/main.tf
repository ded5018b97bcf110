resource "azurerm_linux_web_app" "https_only" {
  name = "a"
  location = "uaenorth"
  https_only = true
}
