"""Port of aws-cdk's aws-efs integ.efs-from-imported-subnet.ts: mount targets in an imported subnet."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_efs import FileSystem

app = App()
stack = Stack(app, "efs-from-imported-subnet")
vpc = ec2.Vpc(
    stack,
    "Vpc",
    nat_gateways=1,
    restrict_default_security_group=False,
    subnet_configuration=[ec2.SubnetConfiguration(name="test", subnet_type=ec2.SubnetType.PUBLIC)],
)
subnet = ec2.Subnet.from_subnet_attributes(stack, "Subnet", subnet_id=vpc.public_subnets[0].subnet_id)
FileSystem(stack, "FileSystem", vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnets=[subnet]),
           removal_policy=RemovalPolicy.DESTROY)
app.synth()
