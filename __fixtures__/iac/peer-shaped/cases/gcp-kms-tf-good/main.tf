resource "google_kms_crypto_key" "good_example" {
  name            = "crypto-key-example"
  key_ring        = "kr"
  rotation_period = "7776000s"
}
