resource "azurerm_storage_account" "tls12" {
  name = "s"
  location = "uaenorth"
  min_tls_version = "TLS1_2"
}
