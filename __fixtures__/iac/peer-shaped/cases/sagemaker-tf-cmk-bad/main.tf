resource "aws_sagemaker_notebook_instance" "ni" {
  name          = "my-notebook-instance"
  role_arn      = "r"
  instance_type = "ml.t2.medium"
}
