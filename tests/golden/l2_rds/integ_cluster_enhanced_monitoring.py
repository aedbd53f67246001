"""Port of aws-cdk's aws-rds integ.cluster-enhanced-monitoring.ts: an Aurora PostgreSQL serverless v2 cluster with
cluster-level enhanced monitoring every 5 seconds; every resource destroyed on removal."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_rds as rds
from constructs import IConstruct


@jsii.implements(cdk.IAspect)
class DestroyAll:
    def visit(self, node: IConstruct) -> None:
        if cdk.CfnResource.is_cfn_resource(node):
            node.apply_removal_policy(cdk.RemovalPolicy.DESTROY)


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-rds-cluster-enhanced-monitoring")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "Cluster",
    engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_18_6),
    vpc=vpc,
    writer=rds.ClusterInstance.serverless_v2("writer"),
    serverless_v2_min_capacity=0.5,
    serverless_v2_max_capacity=1,
    monitoring_interval=cdk.Duration.seconds(5),
    enable_cluster_level_enhanced_monitoring=True,
)
app.synth()
