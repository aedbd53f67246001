"""Port of aws-cdk's aws-rds integ.proxy-endpoint.ts: an instance's proxy with a read-only custom endpoint; every
resource destroyed on removal (the integ base stack's aspect)."""

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
stack = cdk.Stack(app, "aws-cdk-rds-proxy-endpoint")
cdk.Aspects.of(stack).add(DestroyAll())
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
instance = rds.DatabaseInstance(
    stack,
    "Instance",
    engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_18_3),
    vpc=vpc,
)
proxy = instance.add_proxy("Proxy", secrets=[instance.secret], vpc=vpc)
custom_endpoint = proxy.add_endpoint(
    "CustomEndpoint",
    vpc=vpc,
    target_role=rds.ProxyEndpointTargetRole.READ_ONLY,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
)
cdk.CfnOutput(stack, "ProxyEndpoint", value=proxy.endpoint)
cdk.CfnOutput(stack, "CustomEndpointAddress", value=custom_endpoint.endpoint)
app.synth()
