resource "aws_lb_listener" "tls10_policy" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:me-central-1:123456789012:loadbalancer/app/x/1"
  port = 443
  protocol = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS-1-0-2015-04"
  default_action {
    type = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:me-central-1:123456789012:targetgroup/t/1"
  }
}
