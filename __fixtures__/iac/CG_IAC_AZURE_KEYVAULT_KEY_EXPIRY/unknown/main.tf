variable "choice" {}
resource "azurerm_key_vault_key" "expiry_from_variable" {
  name = "k"
  key_vault_id = "v"
  expiration_date = var.choice
}
