resource "aws_cloudtrail" "bad_example" {
  is_multi_region_trail = true
  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }
}
