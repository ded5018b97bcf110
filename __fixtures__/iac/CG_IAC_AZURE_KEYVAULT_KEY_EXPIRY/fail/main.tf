resource "azurerm_key_vault_key" "never_expires" {
  name = "k"
  key_vault_id = "v"
  key_type = "RSA"
  key_size = 2048
  key_opts = ["decrypt"]
}
