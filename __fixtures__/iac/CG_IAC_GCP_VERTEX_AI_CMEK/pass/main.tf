# cg-test: require-cmk
resource "google_vertex_ai_dataset" "cmek" {
  display_name = "d"
  region = "me-central2"
  encryption_spec {
    kms_key_name = google_kms_crypto_key.k.id
  }
}
