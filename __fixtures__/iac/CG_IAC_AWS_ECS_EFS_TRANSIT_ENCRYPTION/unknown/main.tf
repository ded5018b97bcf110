variable "choice" {}
resource "aws_ecs_task_definition" "transit_from_variable" {
  family = "f"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
      transit_encryption = var.choice
    }
  }
}
