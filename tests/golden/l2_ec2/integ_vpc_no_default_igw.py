"""Port of aws-ec2 integ.vpc-no-default-igw: public subnets without an internet gateway."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-vpc-no-default-igw")
ec2.Vpc(
    stack,
    "MyVpc",
    create_internet_gateway=False,
    subnet_configuration=[ec2.SubnetConfiguration(subnet_type=ec2.SubnetType.PUBLIC, name="Public")],
)
app.synth()
