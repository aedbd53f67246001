"""Port of aws-s3 integ.bucket-legacy-naming: imported buckets whose names use legacy characters."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-legacy-name-integ")
from_name = s3.Bucket.from_bucket_name(stack, "LegacyBucketFromName", "my_legacy_bucket1")
from_arn = s3.Bucket.from_bucket_arn(stack, "LegacyBucketFromArn", "arn:aws:s3:::my_legacy_bucket2")
from_attributes = s3.Bucket.from_bucket_attributes(stack, "LegacyBucketFromAttributes", bucket_name="my_legacy_bucket3")
role = iam.Role(stack, "LegacyBucketRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(iam.PolicyStatement(
    effect=iam.Effect.ALLOW, actions=["s3:*"],
    resources=[f"{from_name.bucket_arn}/*", f"{from_arn.bucket_arn}/*", f"{from_attributes.bucket_arn}/*"],
))
app.synth()
