resource "azurerm_app_service" "bad_example" {
  name                = "example-app-service"
  location            = "westus"
  resource_group_name = "rg"
  app_service_plan_id = "p"
  https_only          = true
  site_config {
    min_tls_version = "1.0"
  }
}
