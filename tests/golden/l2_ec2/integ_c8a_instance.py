"""Port of aws-cdk's integ.c8a-instance: a C8A instance in a public subnet."""

from aws_cdk import App, Stack
from aws_cdk import aws_ec2 as ec2

app = App()
stack = Stack(app, "C8aInstanceStack")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, nat_gateways=0)
ec2.Instance(
    stack,
    "C8aInstance",
    vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.C8A, ec2.InstanceSize.LARGE),
    machine_image=ec2.MachineImage.latest_amazon_linux2023(),
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
)
app.synth()
