resource "google_sql_database_instance" "encrypted_only" {
  name = "i"
  settings {
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}
