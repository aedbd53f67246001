"""Port of aws-cdk's aws-ecs/test/fargate/integ.add-environment-variable.ts: an environment variable added after
the service."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs

app = cdk.App()
stack = cdk.Stack(app, "aws-ecs-integ")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, restrict_default_security_group=False)
cluster = ecs.Cluster(stack, "FargateCluster", vpc=vpc)
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef", memory_limit_mib=1024, cpu=512)
container = task_definition.add_container("nginx", image=ecs.ContainerImage.from_registry("nginx"))
container.add_port_mappings(ecs.PortMapping(container_port=80, protocol=ecs.Protocol.TCP))
security_group = ec2.SecurityGroup(stack, "websvc-sg", vpc=vpc)
security_group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80))
ecs.FargateService(stack, "Service", cluster=cluster, task_definition=task_definition,
                   security_groups=[security_group], assign_public_ip=True)
container.add_environment("nameOne", "valueOne")
app.synth()
