"""Port of aws-cdk integ.vpc-lambda.ts: a function in a VPC (security group, VPC access policy, subnet ids)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-vpc-lambda")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
lambda_.Function(stack, "MyLambda", code=lambda_.InlineCode("def main(event, context): pass"),
                 handler="index.main", runtime=lambda_.Runtime.PYTHON_3_9, vpc=vpc)
app.synth()
