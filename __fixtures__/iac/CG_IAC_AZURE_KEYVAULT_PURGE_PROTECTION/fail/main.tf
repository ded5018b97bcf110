resource "azurerm_key_vault" "purgeable" {
  name = "kv"
  location = "uaenorth"
}
