resource "aws_kms_key" "dynamo_db_kms" {
  enable_key_rotation = true
}
resource "aws_dynamodb_table" "good_example" {
  name = "example"
  hash_key = "TestTableHashKey"
  attribute {
    name = "TestTableHashKey"
    type = "S"
  }
  server_side_encryption {
    enabled = true
    kms_key_arn = aws_kms_key.dynamo_db_kms.key_id
  }
}
