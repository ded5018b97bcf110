resource "azurerm_redis_cache" "tls_only" {
  name = "r"
  location = "uaenorth"
  non_ssl_port_enabled = false
  minimum_tls_version = "1.2"
}
