"""@aws-cdk/core:explicitStackTags on: ``Tags.of(app)`` tags the resources but not the stacks, unless the tag
names ``aws:cdk:stack`` among its resource types (the tags of a stack show in the assembly, its resources' in the
template)."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:explicitStackTags": True})
stack = cdk.Stack(app, "ExplicitStackTags")
sqs.Queue(stack, "Queue")
cdk.Tags.of(app).add("Team", "payments")
cdk.Tags.of(app).add("CostCenter", "42", include_resource_types=["aws:cdk:stack", "AWS::SQS::Queue"])
app.synth()
