resource "aws_db_instance" "bad_example" {
  allocated_storage = 10
  engine = "mysql"
  instance_class = "db.t3.micro"
}
