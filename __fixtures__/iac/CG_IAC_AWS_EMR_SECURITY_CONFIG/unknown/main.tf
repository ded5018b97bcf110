variable "emr_security_configuration" {}
resource "aws_emr_security_configuration" "from_variable" {
  name          = "emr-sc"
  configuration = var.emr_security_configuration
}
