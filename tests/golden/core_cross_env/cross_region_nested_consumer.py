"""A nested stack reading a value of a stack in another region: the reader sits in the nested stack's parent,
which passes the value in as a parameter."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
raw = s3.CfnBucket(producer, "Raw")
parent = cdk.Stack(app, "Parent", env=cdk.Environment(account="111111111111", region="eu-west-1"))
nested = cdk.NestedStack(parent, "Nested")
cdk.CfnResource(nested, "User", type="Custom::User", properties={"Raw": raw.ref, "Arn": raw.attr_arn})

app.synth()
