"""The @aws-cdk/aws-ec2:restrictDefaultSecurityGroup flag: on (one VPC opts out), and off in a second app stage."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
on = cdk.Stack(app, "FlagOn")
on.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", True)
ec2.Vpc(on, "Restricted", max_azs=1, nat_gateways=0)
ec2.Vpc(on, "OptedOut", max_azs=1, nat_gateways=0, restrict_default_security_group=False)
ec2.Vpc(on, "Second", max_azs=1, nat_gateways=0)
off = cdk.Stack(app, "FlagOff")
off.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
ec2.Vpc(off, "Plain", max_azs=1, nat_gateways=0)
app.synth()
