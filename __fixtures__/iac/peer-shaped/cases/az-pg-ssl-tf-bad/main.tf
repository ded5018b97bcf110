resource "azurerm_postgresql_server" "bad_example" {
  name                = "bad"
  location            = "westus"
  resource_group_name = "rg"
  sku_name = "GP_Gen5_4"
  version    = "9.6"
  ssl_enforcement_enabled = false
}
