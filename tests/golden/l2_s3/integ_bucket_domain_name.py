"""Port of aws-s3 integ.bucket.domain-name: domain names of a new and an imported bucket."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3


class TestStack(cdk.Stack):
    def __init__(self, scope: cdk.App, id: str) -> None:
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
        bucket2 = s3.Bucket.from_bucket_attributes(self, "MyBucket2", bucket_arn="arn:aws:s3:::my-bucket-test")
        cdk.CfnOutput(self, "RealBucketDomain", value=bucket.bucket_domain_name)
        cdk.CfnOutput(self, "ImportedBucketDomain", value=bucket2.bucket_domain_name)


app = cdk.App()
TestStack(app, "aws-cdk-domain-name")
app.synth()
