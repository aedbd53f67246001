"""Port of aws-cdk's integ.cloudtrail-sns-topic: a trail notifying an SNS topic."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudtrail-sns-topic")

topic = sns.Topic(stack, "Topic")

cloudtrail.Trail(stack, "Trail", sns_topic=topic)

app.synth()
