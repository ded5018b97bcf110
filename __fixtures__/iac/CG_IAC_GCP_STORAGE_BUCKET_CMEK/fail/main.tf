# cg-test: require-cmk
resource "google_storage_bucket" "google_managed" {
  name = "b"
  location = "ME-CENTRAL2"
}
