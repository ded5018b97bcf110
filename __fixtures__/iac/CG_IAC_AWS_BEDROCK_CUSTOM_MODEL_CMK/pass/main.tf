# cg-test: require-cmk
resource "aws_kms_key" "cmk" {
  enable_key_rotation = true
}
resource "aws_bedrock_custom_model" "with_customer_key" {
  custom_model_name = "m"
  customer_encryption_key_arn = aws_kms_key.cmk.arn
}

resource "aws_bedrockagent_agent" "agent_cmk" {
  agent_name                  = "a"
  agent_resource_role_arn     = "arn:aws:iam::123456789012:role/r"
  foundation_model            = "anthropic.claude-v2"
  customer_encryption_key_arn = aws_kms_key.cmk.arn
}
