"""Port of aws-cdk's aws-ecs/test/ec2/integ.task-definition-container-ulimits.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-task-definition-container-ulimits")
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry(
    "public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"), memory_reservation_mib=32, memory_limit_mib=512,
    ulimits=[ecs.Ulimit(hard_limit=128, name=ecs.UlimitName.RSS, soft_limit=128)])
app.synth()
