variable "choice" {}
resource "google_compute_ssl_policy" "tls_from_variable" {
  name = "p"
  min_tls_version = var.choice
}
