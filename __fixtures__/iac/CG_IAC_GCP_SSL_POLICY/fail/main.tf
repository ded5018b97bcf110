resource "google_compute_ssl_policy" "default_tls10" {
  name = "p"
  profile = "MODERN"
}
