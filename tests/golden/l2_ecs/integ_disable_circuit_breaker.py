"""Port of aws-cdk's aws-ecs/test/fargate/integ.disable-circuit-breaker.ts: a circuit breaker turned off."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App(post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
stack = cdk.Stack(app, "aws-ecs-disable-circuit-breaker")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "FargateTaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"))
ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition,
                   circuit_breaker=ecs.DeploymentCircuitBreaker(enable=False, rollback=False))
app.synth()
