resource "aws_eks_cluster" "old_plain_secrets" {
  name = "e"
  role_arn = "r"
  version = "1.27"
}
