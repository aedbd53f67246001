"""Port of aws-ec2 integ.vpc-egress-only-igw-feature-flag: the egress-only IGW flag on and off (public-only VPCs)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

FLAG = "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway"


class VpcEgressOnlyIGWFeatureFlagEnabledStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context(FLAG, True)
        ec2.Vpc(
            self,
            "VpcEnabled",
            ip_protocol=ec2.IpProtocol.DUAL_STACK,
            subnet_configuration=[ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PUBLIC, name="public")],
        )


class VpcEgressOnlyIGWFeatureFlagDisabledStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context(FLAG, False)
        ec2.Vpc(
            self,
            "VpcDisabled",
            ip_protocol=ec2.IpProtocol.DUAL_STACK,
            subnet_configuration=[ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PUBLIC, name="public")],
        )


app = cdk.App()
VpcEgressOnlyIGWFeatureFlagEnabledStack(app, "VpcMigrationFeatureFlagEnabledStack")
VpcEgressOnlyIGWFeatureFlagDisabledStack(app, "VpcMigrationFeatureFlagDisabledStack")
app.synth()
