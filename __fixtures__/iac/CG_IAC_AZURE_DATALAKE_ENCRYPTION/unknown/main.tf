variable "choice" {}
resource "azurerm_data_lake_store" "state_from_variable" {
  name = "d"
  encryption_state = var.choice
}
