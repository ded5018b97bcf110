resource "azurerm_app_service" "tls10" {
  name                = "app"
  location            = "uaenorth"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
  https_only          = true
  site_config {
    min_tls_version = "1.0"
  }
}
