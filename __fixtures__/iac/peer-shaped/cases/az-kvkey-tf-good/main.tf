resource "azurerm_key_vault_key" "good_example" {
  name            = "generated-certificate"
  key_vault_id    = "kv"
  key_type        = "RSA"
  key_size        = 2048
  key_opts        = ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"]
  expiration_date = "1982-12-31T00:00:00Z"
}
