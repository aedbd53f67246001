"""Port of aws-cdk's aws-ecs/test/fargate/integ.custom-task-revision.ts: services pinned to a task definition
revision and to the latest one (2.275's ``ClusterProps`` has no ``capacity_providers``:
``enable_fargate_capacity_providers`` adds the same two)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ-custom-task-revision")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCPCluster", vpc=vpc, enable_fargate_capacity_providers=True)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"))
ecs.FargateService(stack, "FargateServiceFirst", cluster=cluster, task_definition=task_definition,
                   task_definition_revision=ecs.TaskDefinitionRevision.of(1))
ecs.FargateService(stack, "FargateServiceLatest", cluster=cluster, task_definition=task_definition,
                   task_definition_revision=ecs.TaskDefinitionRevision.LATEST)
app.synth()
