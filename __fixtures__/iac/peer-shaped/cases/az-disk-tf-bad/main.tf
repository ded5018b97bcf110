resource "azurerm_managed_disk" "bad_example" {
  name = "managed_disk"
  location = "westus"
  resource_group_name = "rg"
  storage_account_type = "Standard_LRS"
  create_option = "Empty"
  disk_size_gb = 1
  encryption_settings {
    enabled = false
  }
}
