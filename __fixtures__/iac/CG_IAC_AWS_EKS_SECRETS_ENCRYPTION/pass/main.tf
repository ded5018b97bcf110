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

# Trivy AVD-AWS-0039 good example: the key comes from a variable; without require-cmk any key encrypts.
variable "kms_arn" {}
resource "aws_eks_cluster" "key_from_variable" {
  name     = "e3"
  role_arn = "r"
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.kms_arn
    }
  }
}
