"""Port of aws-cdk's aws-ecs/test/fargate/integ.pseudo-terminal.ts."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "integ-pseudo-terminal")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", cpu=256, memory_limit_mib=512)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              memory_limit_mib=512, cpu=256, pseudo_terminal=True)
ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition)
app.synth()
