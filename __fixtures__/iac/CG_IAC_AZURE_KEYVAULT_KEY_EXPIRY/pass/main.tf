resource "azurerm_key_vault_key" "expiring" {
  name = "k"
  key_vault_id = "v"
  key_type = "RSA"
  key_size = 2048
  key_opts = ["decrypt"]
  expiration_date = "2027-12-31T00:00:00Z"
}
