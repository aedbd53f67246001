"""Port of aws-cdk's aws-rds integ.cluster-applyimmediately.ts: a private Aurora MySQL cluster whose provisioned
writer and serverless v2 reader have ``apply_immediately`` off; every resource destroyed on removal."""

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
stack = cdk.Stack(app, "cluster-applyimmediately-integ")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
rds.DatabaseCluster(
    stack,
    "DatabaseCluster",
    engine=rds.DatabaseClusterEngine.aurora_mysql(version=rds.AuroraMysqlEngineVersion.VER_3_12_0),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    vpc=vpc,
    writer=rds.ClusterInstance.provisioned("Instance1", publicly_accessible=False, apply_immediately=False),
    readers=[rds.ClusterInstance.serverless_v2("Instance2", publicly_accessible=False, apply_immediately=False)],
)
app.synth()
