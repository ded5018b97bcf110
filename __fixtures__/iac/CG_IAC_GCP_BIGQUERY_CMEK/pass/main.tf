# cg-test: require-cmk
resource "google_bigquery_dataset" "cmek" {
  dataset_id = "d"
  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.k.id
  }
}
