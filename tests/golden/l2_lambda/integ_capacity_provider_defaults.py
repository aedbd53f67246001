"""Port of aws-cdk integ.capacity-provider-defaults.ts: a capacity provider with its default operator role."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "CapacityProviderDefaultsStack")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2)
security_group = ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc)
lambda_.CapacityProvider(stack, "CapacityProvider", subnets=vpc.private_subnets, security_groups=[security_group])
app.synth()
