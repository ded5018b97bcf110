resource "aws_ebs_volume" "unencrypted" {
  availability_zone = "me-central-1a"
  size = 10
}
