"""add_to_resource_policy, an explicit BucketPolicy, grants to service principals and another account."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "BucketPolicy")
bucket = s3.Bucket(stack, "Bucket")
bucket.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["s3:GetObject"],
        principals=[iam.ServicePrincipal("cloudfront.amazonaws.com")],
        resources=[bucket.arn_for_objects("*")],
    )
)
bucket.grant_read(iam.AccountPrincipal("111122223333"))
other = s3.Bucket(stack, "Other")
policy = s3.BucketPolicy(stack, "Explicit", bucket=other)
policy.document.add_statements(
    iam.PolicyStatement(actions=["s3:ListBucket"], principals=[iam.AnyPrincipal()], resources=[other.bucket_arn])
)
third = s3.Bucket(stack, "Third")
retained = s3.BucketPolicy(stack, "Retained", bucket=third, removal_policy=cdk.RemovalPolicy.RETAIN)
retained.document.add_statements(
    iam.PolicyStatement(actions=["s3:GetObject"], principals=[iam.AnyPrincipal()], resources=[third.arn_for_objects("*")])
)
app.synth()
