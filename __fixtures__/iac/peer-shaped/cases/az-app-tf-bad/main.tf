resource "azurerm_app_service" "bad_example" {
  name                = "example-app-service"
  location            = "westus"
  resource_group_name = "rg"
  app_service_plan_id = "p"
}
