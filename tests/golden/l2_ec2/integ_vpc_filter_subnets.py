"""Port of aws-ec2 integ.vpc-filter-subnets: select_subnets with SubnetFilter.by_ids."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "Vpc")
        subnets = vpc.select_subnets(subnet_filters=[ec2.SubnetFilter.by_ids([vpc.private_subnets[0].subnet_id])])
        cdk.CfnOutput(self, "PrivateSubnet01", value=subnets.subnet_ids[0])


app = cdk.App()
TestStack(app, "VPCFilterSubnetsTestStack")
app.synth()
