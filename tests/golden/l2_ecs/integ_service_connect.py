"""Port of aws-cdk's aws-ecs/test/fargate/integ.service-connect.ts: Service Connect with the cluster's namespace."""

import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class ServiceConnect(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        cluster = ecs.Cluster(self, "EcsCluster", default_cloud_map_namespace=ecs.CloudMapNamespaceOptions(
            name="scorekeep.com", use_for_service_connect=True))
        td = ecs.FargateTaskDefinition(self, "TaskDef", cpu=1024, memory_limit_mib=2048)
        td.add_container("container", container_name="web",
                         image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                         port_mappings=[ecs.PortMapping(name="api", container_port=80,
                                                        app_protocol=ecs.AppProtocol.http2)],
                         logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))
        ecs.FargateService(self, "svc", task_definition=td, cluster=cluster,
                           service_connect_configuration=ecs.ServiceConnectProps(
                               services=[ecs.ServiceConnectService(port_mapping_name="api", dns_name="api", port=80)],
                               log_driver=ecs.LogDrivers.aws_logs(stream_prefix="sc")))


app = cdk.App()
ServiceConnect(app, "aws-ecs-service-connect")
app.synth()
