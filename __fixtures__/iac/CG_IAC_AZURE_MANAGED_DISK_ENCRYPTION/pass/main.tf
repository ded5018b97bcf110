# cg-test: require-cmk
resource "azurerm_managed_disk" "cmk" {
  name = "d"
  location = "uaenorth"
  disk_encryption_set_id = azurerm_disk_encryption_set.des.id
}
