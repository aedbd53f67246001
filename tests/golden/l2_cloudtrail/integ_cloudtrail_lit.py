"""Port of aws-cdk's integ.cloudtrail.lit: a trail with an SNS topic and Lambda/S3 data events."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "integ-cloudtrail")

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
topic = sns.Topic(stack, "Topic")
lambda_function = lambda_.Function(
    stack,
    "LambdaFunction",
    runtime=lambda_.Runtime.NODEJS_14_X,
    handler="hello.handler",
    code=lambda_.Code.from_inline("exports.handler = {}"),
)

trail = cloudtrail.Trail(stack, "Trail", sns_topic=topic)
trail.add_lambda_event_selector([lambda_function])
trail.add_s3_event_selector([cloudtrail.S3EventSelector(bucket=bucket)])

app.synth()
