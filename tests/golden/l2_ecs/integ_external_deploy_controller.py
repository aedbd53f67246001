"""Port of aws-cdk's aws-ecs/test/fargate/integ.external-deploy-controller.ts: the EXTERNAL deployment controller."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=512, cpu=256)
task_definition.add_container("web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                              port_mappings=[ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP)])
ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition,
                   deployment_controller=ecs.DeploymentController(type=ecs.DeploymentControllerType.EXTERNAL))
app.synth()
