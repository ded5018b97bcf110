resource "azurerm_redis_cache" "bad_example" {
  name                = "example-cache"
  location            = "westus"
  resource_group_name = "rg"
  capacity            = 2
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = true
}
