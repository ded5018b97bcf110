# cg-test: require-cmk
resource "google_vertex_ai_endpoint" "google_managed" {
  name = "e"
  location = "me-central2"
}
