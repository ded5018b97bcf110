variable "k8s_version" {}
resource "aws_eks_cluster" "version_from_variable" {
  name = "e"
  role_arn = "r"
  version = var.k8s_version
}
