"""Port of aws-ec2 integ.import-default-vpc.lit: a looked-up default VPC, a security group in it, subnet outputs.

The integ test's environment comes from CDK_INTEG_ACCOUNT/CDK_INTEG_REGION; the port pins the values its snapshot
uses (12345678 / test-region).
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
env = cdk.Environment(account="12345678", region="test-region")
stack = cdk.Stack(app, "aws-cdk-ec2-import", env=env)
vpc = ec2.Vpc.from_lookup(stack, "VPC", is_default=True)
ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
cdk.CfnOutput(stack, "PublicSubnets", value="ids:" + ",".join(s.subnet_id for s in vpc.public_subnets))
cdk.CfnOutput(stack, "PrivateSubnets", value="ids:" + ",".join(s.subnet_id for s in vpc.private_subnets))
cdk.CfnOutput(
    stack, "PublicRouteTables", value="ids: " + ", ".join(s.route_table.route_table_id for s in vpc.public_subnets)
)
app.synth()
