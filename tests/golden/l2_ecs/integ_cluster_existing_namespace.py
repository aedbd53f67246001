"""Port of aws-cdk's aws-ecs/test/fargate/integ.cluster-existing-namespace.ts: an existing Cloud Map namespace as
the cluster's Service Connect default (2.275's ``add_existing_default_cloud_map_namespace``; the integ test's API
assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_servicediscovery as cloudmap
from constructs import Construct


class ExistingNamespaceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
        existing = cloudmap.PrivateDnsNamespace(self, "ExistingNamespace", name="existing.local", vpc=vpc)
        cluster = ecs.Cluster(self, "EcsCluster", vpc=vpc)
        cluster.add_existing_default_cloud_map_namespace(namespace=existing, use_for_service_connect=True)
        td = ecs.FargateTaskDefinition(self, "TaskDef", cpu=256, memory_limit_mib=512)
        td.add_container("container", container_name="web",
                         image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"),
                         port_mappings=[ecs.PortMapping(name="api", container_port=80,
                                                        app_protocol=ecs.AppProtocol.http)],
                         logging=ecs.LogDrivers.aws_logs(stream_prefix="web"))
        ecs.FargateService(self, "Service", task_definition=td, cluster=cluster,
                           service_connect_configuration=ecs.ServiceConnectProps(
                               services=[ecs.ServiceConnectService(port_mapping_name="api", dns_name="api", port=80)],
                               log_driver=ecs.LogDrivers.aws_logs(stream_prefix="sc")))


app = cdk.App(analytics_reporting=False, post_cli_context={"@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": False})
ExistingNamespaceStack(app, "aws-ecs-cluster-existing-namespace")
app.synth()
