resource "aws_dynamodb_table" "bad_example" {
  name = "example"
  hash_key = "TestTableHashKey"
  attribute {
    name = "TestTableHashKey"
    type = "S"
  }
}
