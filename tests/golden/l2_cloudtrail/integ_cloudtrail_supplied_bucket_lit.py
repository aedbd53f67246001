"""Port of aws-cdk's integ.cloudtrail-supplied-bucket.lit: a trail on a supplied bucket, with data events."""

import aws_cdk as cdk
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "integ-cloudtrail")

bucket = s3.Bucket(stack, "Bucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
lambda_function = lambda_.Function(
    stack,
    "LambdaFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,  # STANDARD_NODEJS_RUNTIME
    handler="hello.handler",
    code=lambda_.Code.from_inline("exports.handler = {}"),
)

cloud_trail_principal = iam.ServicePrincipal("cloudtrail.amazonaws.com")

trail_bucket = s3.Bucket(
    stack,
    "S3",
    encryption=s3.BucketEncryption.S3_MANAGED,
    removal_policy=cdk.RemovalPolicy.DESTROY,
    auto_delete_objects=True,
)

trail_bucket.add_to_resource_policy(iam.PolicyStatement(
    resources=[trail_bucket.bucket_arn],
    actions=["s3:GetBucketAcl"],
    principals=[cloud_trail_principal],
))

trail_bucket.add_to_resource_policy(iam.PolicyStatement(
    resources=[trail_bucket.arn_for_objects(f"AWSLogs/{cdk.Stack.of(stack).account}/*")],
    actions=["s3:PutObject"],
    principals=[cloud_trail_principal],
    conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}},
))

trail = cloudtrail.Trail(stack, "Trail", bucket=trail_bucket)

trail.add_lambda_event_selector([lambda_function])
trail.add_s3_event_selector([cloudtrail.S3EventSelector(bucket=bucket)])

app.synth()
