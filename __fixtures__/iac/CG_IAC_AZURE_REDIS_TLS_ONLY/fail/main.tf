resource "azurerm_redis_cache" "non_ssl_port_open" {
  name = "r"
  location = "uaenorth"
  enable_non_ssl_port = true
}
