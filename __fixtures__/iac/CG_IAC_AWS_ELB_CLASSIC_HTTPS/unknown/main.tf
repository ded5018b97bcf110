variable "choice" {}
resource "aws_elb" "protocol_from_variable" {
  listener {
    instance_port = 8080
    instance_protocol = "http"
    lb_port = 80
    lb_protocol = var.choice
  }
}
