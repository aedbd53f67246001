"""Port of aws-cdk's integ.cloudtrail-insight: a trail with both Insights types on a supplied bucket."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_cloudtrail as cloudtrail
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = App()
stack = Stack(app, "aws-cdk-cloudtrail-inshights-test")

cloud_trail_principal = iam.ServicePrincipal("cloudtrail.amazonaws.com")

trail_bucket = s3.Bucket(stack, "S3", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)

trail_bucket.add_to_resource_policy(iam.PolicyStatement(
    resources=[trail_bucket.bucket_arn],
    actions=["s3:GetBucketAcl"],
    principals=[cloud_trail_principal],
))

trail_bucket.add_to_resource_policy(iam.PolicyStatement(
    resources=[trail_bucket.arn_for_objects(f"AWSLogs/{Stack.of(stack).account}/*")],
    actions=["s3:PutObject"],
    principals=[cloud_trail_principal],
    conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}},
))

cloudtrail.Trail(
    stack,
    "Trail",
    bucket=trail_bucket,
    insight_types=[cloudtrail.InsightType.API_CALL_RATE, cloudtrail.InsightType.API_ERROR_RATE],
)

app.synth()
