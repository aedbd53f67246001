"""A nested stack reading a value of another top-level stack in the same environment: it imports the value
itself (no parameter through its parent)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
env = cdk.Environment(account="111111111111", region="us-east-1")
producer = cdk.Stack(app, "Producer", env=env)
raw = s3.CfnBucket(producer, "Raw")
parent = cdk.Stack(app, "Parent", env=env)
nested = cdk.NestedStack(parent, "Nested")
cdk.CfnResource(nested, "User", type="Custom::User", properties={"Raw": raw.ref, "Arn": raw.attr_arn})

app.synth()
