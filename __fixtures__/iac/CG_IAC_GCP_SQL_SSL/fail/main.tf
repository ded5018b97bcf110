resource "google_sql_database_instance" "allows_plaintext" {
  name = "i"
  settings {
    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
    }
  }
}
