resource "aws_instance" "encrypted_root" {
  ami = "ami-1"
  root_block_device {
    encrypted = true
  }
}
