resource "aws_ecs_task_definition" "efs_tls" {
  family = "f"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
      transit_encryption = "ENABLED"
    }
  }
}
