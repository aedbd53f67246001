"""Port of aws-s3 integ.bucket-name-prefix: a name prefix in the account-regional namespace."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-s3-bucket-name-prefix")
s3.Bucket(
    stack, "BucketWithNamePrefix", bucket_name_prefix="my-app", bucket_namespace=s3.BucketNamespace.ACCOUNT_REGIONAL,
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
app.synth()
