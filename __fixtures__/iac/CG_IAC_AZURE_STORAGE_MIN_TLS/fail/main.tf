resource "azurerm_storage_account" "tls10" {
  name = "s"
  location = "uaenorth"
  min_tls_version = "TLS1_0"
}
