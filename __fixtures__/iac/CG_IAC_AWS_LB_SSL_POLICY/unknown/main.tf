variable "choice" {}
resource "aws_lb_listener" "policy_from_variable" {
  port = 443
  protocol = "HTTPS"
  ssl_policy = var.choice
  default_action {
    type = "forward"
  }
}
