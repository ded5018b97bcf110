resource "azurerm_windows_function_app" "http_allowed" {
  name = "f"
  location = "uaenorth"
}
