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

resource "aws_cloudfront_distribution" "old_tls" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "redirect-to-https"
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1"
  }
}

resource "aws_cloudfront_distribution" "custom_cert_default_minimum" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "https-only"
  }
  viewer_certificate {
    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
    ssl_support_method  = "sni-only"
  }
}
