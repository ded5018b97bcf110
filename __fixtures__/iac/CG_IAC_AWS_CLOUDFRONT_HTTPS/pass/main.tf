resource "aws_cloudfront_distribution" "https_only" {
  enabled = true
  default_cache_behavior {
    viewer_protocol_policy = "redirect-to-https"
  }
  ordered_cache_behavior {
    path_pattern = "/api/*"
    viewer_protocol_policy = "https-only"
  }
}
