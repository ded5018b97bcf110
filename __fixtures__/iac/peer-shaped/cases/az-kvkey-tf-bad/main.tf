resource "azurerm_key_vault_key" "bad_example" {
  name         = "generated-certificate"
  key_vault_id = "kv"
  key_type     = "RSA"
  key_size     = 2048
  key_opts = ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"]
}
