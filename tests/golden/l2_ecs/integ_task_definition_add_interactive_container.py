"""Port of aws-cdk's aws-ecs/test/base/integ.task-definition-add-interactive-container.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ")
task_definition = ecs.FargateTaskDefinition(stack, "TaskDefinition", memory_limit_mib=512, cpu=256)
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              interactive=True)
app.synth()
