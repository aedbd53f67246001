"""Reference strength "both" from a nested stack to another region: the producer writes the SSM export (named
after the nested stack's parent), the nested stack reads the value with Fn::GetStackOutput."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App(context={"@aws-cdk/core:defaultCrossStackReferences": "both"})
producer = cdk.Stack(app, "Producer", env=cdk.Environment(account="111111111111", region="us-east-1"))
raw = s3.CfnBucket(producer, "Raw")
parent = cdk.Stack(app, "Parent", env=cdk.Environment(account="111111111111", region="eu-west-1"))
nested = cdk.NestedStack(parent, "Nested")
cdk.CfnResource(nested, "User", type="Custom::User", properties={"Raw": raw.ref})

app.synth()
