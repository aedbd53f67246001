"""Port of aws-cdk's aws-ecs/test/fargate/integ.container-port-range.ts: a container exposing a port range."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class EcsContainerPortRangeStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        cluster = ecs.Cluster(self, "EcsCluster")
        task_definition = ecs.FargateTaskDefinition(self, "FargateTaskDef")
        task_definition.add_container(
            "web", image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
            port_mappings=[ecs.PortMapping(container_port=ecs.ContainerDefinition.CONTAINER_PORT_USE_RANGE,
                                           container_port_range="8080-8081")])
        ecs.FargateService(self, "FargateService", cluster=cluster, task_definition=task_definition)


app = cdk.App()
EcsContainerPortRangeStack(app, "aws-ecs-container-port-range")
app.synth()
