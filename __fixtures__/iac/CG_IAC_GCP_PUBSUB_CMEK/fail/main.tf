# cg-test: require-cmk
resource "google_pubsub_topic" "google_managed" {
  name = "t"
}
