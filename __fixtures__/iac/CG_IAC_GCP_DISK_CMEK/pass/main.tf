# cg-test: require-cmk
resource "google_compute_disk" "cmek" {
  name = "d"
  zone = "me-central2-a"
  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.k.id
  }
}
