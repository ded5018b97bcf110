resource "google_kms_crypto_key" "rotates_yearly" {
  name = "k"
  rotation_period = "31536000s"
}
