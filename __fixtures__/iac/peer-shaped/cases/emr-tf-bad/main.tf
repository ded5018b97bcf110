resource "aws_emr_security_configuration" "bad_example" {
  name = "emrsc_other"
  configuration = <<EOF2
{
  "EncryptionConfiguration": {
    "AtRestEncryptionConfiguration": {
      "S3EncryptionConfiguration": { "EncryptionMode": "SSE-S3" },
      "LocalDiskEncryptionConfiguration": { "EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": "arn:aws:kms:us-west-2:187416307283:alias/tf_emr_test_key" }
    },
    "EnableInTransitEncryption": false,
    "EnableAtRestEncryption": true
  }
}
EOF2
}
