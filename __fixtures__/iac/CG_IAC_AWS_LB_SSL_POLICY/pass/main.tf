resource "aws_lb_listener" "modern" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:me-central-1:123456789012:loadbalancer/app/x/1"
  port = 443
  protocol = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn = "arn:aws:acm:me-central-1:123456789012:certificate/abc"
  default_action {
    type = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:me-central-1:123456789012:targetgroup/t/1"
  }
}
