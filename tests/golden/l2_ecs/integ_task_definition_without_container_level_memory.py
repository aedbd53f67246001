"""Port of aws-cdk's aws-ecs/test/ec2/integ.task-definition-without-container-level-memory.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-task-definition-without-container-level-memory")
task_definition = ecs.TaskDefinition(stack, "TaskDef", compatibility=ecs.Compatibility.EC2, cpu="256", family="app",
                                     memory_mib="512")
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry(
    "public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"))
app.synth()
