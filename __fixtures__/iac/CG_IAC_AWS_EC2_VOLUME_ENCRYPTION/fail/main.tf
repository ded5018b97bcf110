resource "aws_instance" "unencrypted_root" {
  ami = "ami-1"
  root_block_device {
    encrypted = false
  }
}
