resource "azurerm_storage_account" "good_example" {
  name                     = "storageaccountname"
  resource_group_name      = "rg"
  location                 = "westus"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version          = "TLS1_2"
}
