resource "azurerm_key_vault" "bad_example" {
  name                        = "examplekeyvault"
  location                    = "westus"
  resource_group_name         = "rg"
  tenant_id                   = "t"
  sku_name                    = "standard"
  purge_protection_enabled    = false
}
