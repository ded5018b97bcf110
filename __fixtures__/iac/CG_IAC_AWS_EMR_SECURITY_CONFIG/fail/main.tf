resource "aws_emr_security_configuration" "no_transit" {
  name          = "emr-sc"
  configuration = <<JSON
{
  "EncryptionConfiguration": {
    "EnableAtRestEncryption": true,
    "EnableInTransitEncryption": false,
    "AtRestEncryptionConfiguration": {
      "LocalDiskEncryptionConfiguration": { "EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:us-east-1:123456789012:key/k" }
    }
  }
}
JSON
}

resource "aws_emr_security_configuration" "no_local_disk" {
  name = "emr-sc2"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption    = true
      EnableInTransitEncryption = true
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }
      }
    }
  })
}

resource "aws_emr_security_configuration" "no_encryption" {
  name          = "emr-sc3"
  configuration = jsonencode({ InstanceMetadataServiceConfiguration = { MinimumInstanceMetadataServiceVersion = 2 } })
}

# A "__proto__" key is an ordinary key to AWS: the settings under it do not configure encryption.
resource "aws_emr_security_configuration" "proto_key" {
  name          = "emr-sc4"
  configuration = "{\"__proto__\": {\"EncryptionConfiguration\": {\"EnableAtRestEncryption\": true, \"EnableInTransitEncryption\": true, \"AtRestEncryptionConfiguration\": {\"LocalDiskEncryptionConfiguration\": {\"EncryptionKeyProviderType\": \"AwsKms\"}}}}}"
}
