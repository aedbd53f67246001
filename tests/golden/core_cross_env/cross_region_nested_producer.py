"""A value of a nested stack read from another region: the nested stack outputs it, its parent writes the SSM
export."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
parent = cdk.Stack(app, "Parent", env=cdk.Environment(account="111111111111", region="us-east-1"))
nested = cdk.NestedStack(parent, "Nested")
raw = s3.CfnBucket(nested, "Raw")
consumer = cdk.Stack(app, "Consumer", env=cdk.Environment(account="111111111111", region="eu-west-1"))
cdk.CfnOutput(consumer, "RawName", value=raw.ref)
cdk.CfnOutput(consumer, "RawArn", value=raw.attr_arn)

app.synth()
