"""Port of aws-ec2 integ.import-default-vpc.lit: a looked-up default VPC, a security group in it, subnet outputs.

The integ test's environment comes from CDK_INTEG_ACCOUNT/CDK_INTEG_REGION and its lookup from the integ runner's
context; the port pins the account and region its snapshot uses (12345678 / test-region) and gives the lookup a
context value shaped like the CLI's answer.
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

LOOKUP_KEY = "vpc-provider:account=12345678:filter.isDefault=true:region=test-region:returnAsymmetricSubnets=true"
LOOKUP_VALUE = {
    "vpcId": "vpc-60900905",
    "vpcCidrBlock": "172.31.0.0/16",
    "ownerAccountId": "12345678",
    "availabilityZones": [],
    "subnetGroups": [
        {
            "name": "Public",
            "type": "Public",
            "subnets": [
                {"subnetId": "subnet-e19455ca", "cidr": "172.31.0.0/20", "availabilityZone": "test-regiona",
                 "routeTableId": "rtb-e6c6e8a1"},
                {"subnetId": "subnet-b1a2c3d4", "cidr": "172.31.16.0/20", "availabilityZone": "test-regionb",
                 "routeTableId": "rtb-e6c6e8a1"},
            ],
        }
    ],
}
app = cdk.App(context={"@aws-cdk/core:disableGitSource": True, LOOKUP_KEY: LOOKUP_VALUE})
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
