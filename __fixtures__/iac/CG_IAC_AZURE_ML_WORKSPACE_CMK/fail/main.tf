# cg-test: require-cmk
resource "azurerm_machine_learning_workspace" "microsoft_managed" {
  name = "w"
  location = "uaenorth"
}
