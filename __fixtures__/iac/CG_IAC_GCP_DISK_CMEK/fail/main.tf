# cg-test: require-cmk
resource "google_compute_disk" "google_managed" {
  name = "d"
  zone = "me-central2-a"
}
