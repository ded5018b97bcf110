resource "azurerm_key_vault" "good_example" {
  name                     = "examplekeyvault"
  location                 = "westus"
  resource_group_name      = "rg"
  tenant_id                = "t"
  sku_name                 = "standard"
  purge_protection_enabled = true
  soft_delete_retention_days = 7
}
