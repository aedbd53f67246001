"""Port of aws-cdk's aws-rds integ.instance-applyimmediately.ts: a private MySQL instance with ``apply_immediately``
off and a plain-text password; every resource destroyed on removal."""

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
stack = cdk.Stack(app, "instance-applyimmediately-integ")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
rds.DatabaseInstance(
    stack,
    "DatabaseInstance",
    engine=rds.DatabaseInstanceEngine.mysql(version=rds.MysqlEngineVersion.VER_8_4_10),
    credentials=rds.Credentials.from_username(
        "admin", password=cdk.SecretValue.unsafe_plain_text("7959866cacc02c2d243ecfe177464fe6")
    ),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    vpc=vpc,
    publicly_accessible=False,
    apply_immediately=False,
)
app.synth()
