"""Port of aws-cdk's integ.s3-encrypted-bucket-origin-oac: an origin access control on a KMS-encrypted bucket,
filled by a ``BucketDeployment``. The repository's ``my-website`` directory is not in the searchable sources: a
stand-in with the same name is written to a temporary directory (both libraries hash the same bytes)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "my-website"))
with open(os.path.join(work, "my-website", "test.html"), "w", newline="") as f:
    f.write("ecb13420-3826-4f11-a1b5-a4ac2f65c7c6")

app = cdk.App()
stack = cdk.Stack(app, "cloudfront-s3-encrypted-bucket-origin-oac")
kms_key = kms.Key(stack, "myKey", removal_policy=cdk.RemovalPolicy.DESTROY)
bucket = s3.Bucket(
    stack, "MyBucket",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    encryption=s3.BucketEncryption.KMS,
    encryption_key=kms_key,
    object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    auto_delete_objects=True,
)
cloudfront.Distribution(
    stack, "Distribution",
    default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(bucket)),
)
s3deploy.BucketDeployment(
    stack, "DeployWithInvalidation",
    sources=[s3deploy.Source.asset(os.path.join(work, "my-website"))],
    destination_bucket=bucket,
    retain_on_delete=False,
)
app.synth()
