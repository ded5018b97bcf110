resource "azurerm_app_service" "tls12" {
  name                = "app"
  location            = "uaenorth"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
  site_config {
    min_tls_version = "1.2"
  }
}

resource "azurerm_function_app" "default_tls" {
  name                = "fn"
  location            = "uaenorth"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
}
