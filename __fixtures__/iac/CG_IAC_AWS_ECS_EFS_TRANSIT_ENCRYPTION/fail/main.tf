resource "aws_ecs_task_definition" "efs_plain" {
  family = "f"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
    }
  }
}
