"""Port of aws-cdk's aws-ecs/test/base/integ.task-definition-container-restart-policy.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-task-definition-container-restart-policy")
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry(
    "public.ecr.aws/ecs-sample-image/amazon-ecs-sample:latest"), enable_restart_policy=True,
    restart_ignored_exit_codes=[0, 127], restart_attempt_period=cdk.Duration.seconds(360))
app.synth()
