resource "azurerm_key_vault" "protected" {
  name = "kv"
  location = "uaenorth"
  purge_protection_enabled = true
}
