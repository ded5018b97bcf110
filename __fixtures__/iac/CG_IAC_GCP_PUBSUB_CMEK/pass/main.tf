# cg-test: require-cmk
resource "google_pubsub_topic" "cmek" {
  name = "t"
  kms_key_name = google_kms_crypto_key.k.id
}
