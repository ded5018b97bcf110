variable "tls" {}
resource "azurerm_app_service" "tls_from_variable" {
  name                = "app"
  location            = "uaenorth"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
  site_config {
    min_tls_version = var.tls
  }
}
