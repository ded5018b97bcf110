resource "aws_ecs_task_definition" "good_example" {
  family                = "service"
  container_definitions = "[]"
  volume {
    name = "service-storage"
    efs_volume_configuration {
      file_system_id     = "fs-1"
      transit_encryption = "ENABLED"
    }
  }
}
