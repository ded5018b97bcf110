resource "aws_lb_listener" "plain_http" {
  port = 80
  protocol = "HTTP"
  default_action {
    type = "forward"
  }
}
