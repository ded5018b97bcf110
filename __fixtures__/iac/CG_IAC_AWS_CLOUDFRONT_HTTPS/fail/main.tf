resource "aws_cloudfront_distribution" "allows_http" {
  enabled = true
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https"
  }
  ordered_cache_behavior {
    path_pattern = "/legacy/*"
    viewer_protocol_policy = "allow-all"
  }
}
