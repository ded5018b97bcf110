resource "aws_alb_listener" "bad_example" {
  protocol = "HTTP"
}
