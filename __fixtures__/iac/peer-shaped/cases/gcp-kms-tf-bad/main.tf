resource "google_kms_crypto_key" "bad_example" {
  name            = "crypto-key-example"
  key_ring        = "kr"
  rotation_period = "15552000s"
}
