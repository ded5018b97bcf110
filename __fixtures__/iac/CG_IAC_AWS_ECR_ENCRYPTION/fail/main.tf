# cg-test: require-cmk
resource "aws_ecr_repository" "aes256_default" {
  name = "r"
}
