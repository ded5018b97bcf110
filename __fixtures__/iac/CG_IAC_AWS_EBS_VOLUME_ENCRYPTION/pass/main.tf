resource "aws_ebs_volume" "encrypted" {
  availability_zone = "me-central-1a"
  size = 10
  encrypted = true
}
