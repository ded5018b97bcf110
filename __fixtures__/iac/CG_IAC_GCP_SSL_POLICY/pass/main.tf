resource "google_compute_ssl_policy" "modern" {
  name = "p"
  profile = "MODERN"
  min_tls_version = "TLS_1_2"
}
