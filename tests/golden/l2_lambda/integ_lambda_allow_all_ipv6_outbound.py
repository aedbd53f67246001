"""Port of aws-cdk integ.lambda-allow-all-ipv6-outbound.ts: the automatic security group allows IPv6 egress."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaAllowAllIpv6Outbound")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
lambda_.Function(stack, "Lambda_with_IPv6_VPC", code=lambda_.InlineCode("def main(event, context): pass"),
                 handler="index.main", runtime=lambda_.Runtime.PYTHON_3_9, vpc=vpc, allow_all_ipv6_outbound=True)
app.synth()
