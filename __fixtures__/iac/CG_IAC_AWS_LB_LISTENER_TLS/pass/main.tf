resource "aws_lb_listener" "https" {
  port = 443
  protocol = "HTTPS"
}
resource "aws_alb_listener" "http_redirect" {
  port = 80
  protocol = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      protocol = "HTTPS"
      port = "443"
      status_code = "HTTP_301"
    }
  }
}
