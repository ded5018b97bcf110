# cg-test: require-cmk
resource "aws_dynamodb_table" "aws_owned_key" {
  name = "t"
}
