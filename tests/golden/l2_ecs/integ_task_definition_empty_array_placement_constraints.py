"""Port of aws-cdk's aws-ecs/test/ec2/integ.task-definition-empty-array-placement-constraints.ts: an EC2 service with an empty placement constraint list."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-ec2")
vpc = ec2.Vpc(stack, "Vpc")
cluster = ecs.Cluster(stack, "Cluster", vpc=vpc)
task_definition = ecs.Ec2TaskDefinition(stack, "TaskDef")
task_definition.add_container("TheContainer", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=256)
cluster.add_capacity("DefaultAutoScalingGroup", instance_type=ec2.InstanceType("t2.micro"))
ecs.Ec2Service(stack, "Ec2Service", cluster=cluster, task_definition=task_definition, placement_constraints=[])
app.synth()
