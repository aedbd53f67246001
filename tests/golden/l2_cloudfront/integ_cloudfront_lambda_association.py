"""Port of aws-cdk's integ.cloudfront-lambda-association (a ``CloudFrontWebDistribution`` on a bucket with a
Lambda@Edge version on origin requests)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-cloudfront")
source_bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY)
lambda_function = lambda_.Function(
    stack, "Lambda", code=lambda_.Code.from_inline("foo"), handler="index.handler", runtime=lambda_.Runtime.NODEJS_14_X
)
lambda_version = lambda_.Version(stack, "LambdaVersion", lambda_=lambda_function)
cloudfront.CloudFrontWebDistribution(
    stack, "MyDistribution",
    origin_configs=[cloudfront.SourceConfiguration(
        s3_origin_source=cloudfront.S3OriginConfig(s3_bucket_source=source_bucket),
        behaviors=[cloudfront.Behavior(
            is_default_behavior=True,
            lambda_function_associations=[cloudfront.LambdaFunctionAssociation(
                event_type=cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST, lambda_function=lambda_version
            )],
        )],
    )],
)
app.synth()
