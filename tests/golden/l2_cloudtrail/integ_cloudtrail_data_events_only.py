"""Port of aws-cdk's integ.cloudtrail-data-events-only: a trail recording only Lambda and S3 data events."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "integ-cloudtrail-data-events")

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
lambda_function = lambda_.Function(
    stack,
    "LambdaFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="hello.handler",
    code=lambda_.Code.from_inline("exports.handler = {}"),
)

trail = cloudtrail.Trail(stack, "Trail", management_events=cloudtrail.ReadWriteType.NONE)
trail.add_lambda_event_selector([lambda_function])
trail.add_s3_event_selector([cloudtrail.S3EventSelector(bucket=bucket)])

app.synth()
