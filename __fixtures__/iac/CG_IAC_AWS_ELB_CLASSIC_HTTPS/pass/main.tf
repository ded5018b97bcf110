resource "aws_elb" "tls_only" {
  listener {
    instance_port = 8080
    instance_protocol = "http"
    lb_port = 443
    lb_protocol = "https"
    ssl_certificate_id = "arn:aws:acm:me-central-1:123456789012:certificate/abc"
  }
}
