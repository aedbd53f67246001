"""Port of aws-cdk's aws-ecs/test/external/integ.daemon-service.ts: an External service in daemon mode (the integ
test's API assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "ecs-external-service-daemon")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.ExternalTaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=256)
ecs.ExternalService(stack, "service", cluster=cluster, task_definition=task_definition, daemon=True)
app.synth()
