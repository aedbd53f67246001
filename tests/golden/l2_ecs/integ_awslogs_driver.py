"""Port of aws-cdk's aws-ecs/test/fargate/integ.awslogs-driver.ts: the awslogs driver with an existing log group."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_logs as logs

app = cdk.App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=1024, cpu=512)
log_group = logs.LogGroup(stack, "LogGroup")
task_definition.add_container("nginx", image=ecs.ContainerImage.from_registry("nginx"),
                              logging=ecs.LogDrivers.aws_logs(stream_prefix="test", log_group=log_group))
ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
