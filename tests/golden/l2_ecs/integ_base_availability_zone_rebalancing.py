"""Port of aws-cdk's aws-ecs/test/base/integ.availability-zone-rebalancing.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-availability-zone-rebalancing")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container("Container", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"))
ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition,
                   availability_zone_rebalancing=ecs.AvailabilityZoneRebalancing.ENABLED)
app.synth()
