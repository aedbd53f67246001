"""Port of aws-cdk's aws-ecs/test/base/integ.task-definition-container-version-consistency.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-task-definition-container-version-consistency")
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry(
    "public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"), version_consistency=ecs.VersionConsistency.DISABLED)
app.synth()
