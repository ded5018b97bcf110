# cg-test: require-cmk
resource "google_bigquery_dataset" "google_managed" {
  dataset_id = "d"
}
