# cg-test: require-cmk
resource "azurerm_storage_account" "cmk" {
  name = "s"
  location = "uaenorth"
}
resource "azurerm_storage_account_customer_managed_key" "cmk" {
  storage_account_id = azurerm_storage_account.cmk.id
  key_vault_id = azurerm_key_vault.kv.id
  key_name = "k"
}
