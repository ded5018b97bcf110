resource "aws_cloudtrail" "good_example" {
  is_multi_region_trail = true
  enable_log_file_validation = true
  kms_key_id = var.kms_id
}
variable "kms_id" { default = "arn:aws:kms:us-east-1:123456789012:key/k" }
