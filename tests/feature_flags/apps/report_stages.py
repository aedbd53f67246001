"""Each stage's manifest carries its own report, with the context as seen from that stage."""

import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/aws-sqs:dlqDefault": "x", "@aws-cdk/aws-s3:publicAccessBlockedByDefault": True})
prod = cdk.Stage(app, "Prod")
prod.node.set_context("@aws-cdk/aws-s3:publicAccessBlockedByDefault", False)
prod.node.set_context("@aws-cdk/aws-ec2:ebsDefaultGp3Volume", True)
sqs.Queue(cdk.Stack(prod, "InProd"), "Queue")
sqs.Queue(cdk.Stack(app, "Top"), "Queue")
app.synth()
