resource "google_kms_crypto_key" "rotates_90d" {
  name = "k"
  rotation_period = "7776000s"
}
