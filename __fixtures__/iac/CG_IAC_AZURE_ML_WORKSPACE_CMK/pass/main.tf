# cg-test: require-cmk
resource "azurerm_machine_learning_workspace" "cmk" {
  name = "w"
  location = "uaenorth"
  encryption {
    key_vault_id = azurerm_key_vault.kv.id
    key_id = azurerm_key_vault_key.k.id
  }
}
