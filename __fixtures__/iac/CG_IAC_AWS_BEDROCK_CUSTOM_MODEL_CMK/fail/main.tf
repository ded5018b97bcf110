# cg-test: require-cmk
resource "aws_bedrock_custom_model" "provider_managed_key" {
  custom_model_name = "m"
}

resource "aws_bedrockagent_agent" "agent_default_key" {
  agent_name              = "a"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/r"
  foundation_model        = "anthropic.claude-v2"
}

resource "aws_bedrock_guardrail" "guardrail_aws_managed" {
  name                      = "g"
  blocked_input_messaging   = "no"
  blocked_outputs_messaging = "no"
  kms_key_arn               = "arn:aws:kms:us-east-1:123456789012:alias/aws/bedrock"
}
