resource "aws_launch_configuration" "good_example" {
  root_block_device {
    encrypted = true
  }
}
