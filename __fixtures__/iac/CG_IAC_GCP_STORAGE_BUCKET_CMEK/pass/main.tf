# cg-test: require-cmk
resource "google_storage_bucket" "cmek" {
  name = "b"
  location = "ME-CENTRAL2"
  encryption {
    default_kms_key_name = google_kms_crypto_key.k.id
  }
}
