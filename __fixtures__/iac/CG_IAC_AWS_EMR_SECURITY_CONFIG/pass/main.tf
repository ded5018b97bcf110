resource "aws_emr_security_configuration" "heredoc" {
  name          = "emr-sc"
  configuration = <<JSON
{
  "EncryptionConfiguration": {
    "EnableAtRestEncryption": true,
    "EnableInTransitEncryption": true,
    "AtRestEncryptionConfiguration": {
      "S3EncryptionConfiguration": { "EncryptionMode": "SSE-S3" },
      "LocalDiskEncryptionConfiguration": {
        "EncryptionKeyProviderType": "AwsKms",
        "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    },
    "InTransitEncryptionConfiguration": {
      "TLSCertificateConfiguration": { "CertificateProviderType": "PEM", "S3Object": "s3://certs/c.zip" }
    }
  }
}
JSON
}

resource "aws_emr_security_configuration" "jsonencode" {
  name = "emr-sc2"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = "AwsKms", AwsKmsKey = "arn:aws:kms:us-east-1:123456789012:key/k" }
      }
    }
  })
}
