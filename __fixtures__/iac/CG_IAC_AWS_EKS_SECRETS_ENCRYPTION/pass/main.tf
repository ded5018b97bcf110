resource "aws_eks_cluster" "kms_secrets" {
  name = "e"
  role_arn = "r"
  version = "1.24"
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:me-central-1:123456789012:key/k"
    }
  }
}

resource "aws_eks_cluster" "default_envelope_128" {
  name = "e2"
  role_arn = "r"
  version = "1.29"
}
