resource "aws_ecs_task_definition" "bad_example" {
  family                = "service"
  container_definitions = "[]"
  volume {
    name = "service-storage"
    efs_volume_configuration {
      file_system_id          = "fs-1"
      root_directory          = "/opt/data"
      authorization_config {
        access_point_id = "ap"
        iam             = "ENABLED"
      }
    }
  }
}
