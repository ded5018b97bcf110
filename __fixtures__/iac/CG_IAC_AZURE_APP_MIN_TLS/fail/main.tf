resource "azurerm_linux_web_app" "tls10" {
  name = "a"
  location = "uaenorth"
  resource_group_name = "rg"
  service_plan_id = "p"
  site_config {
    minimum_tls_version = "1.0"
  }
}
