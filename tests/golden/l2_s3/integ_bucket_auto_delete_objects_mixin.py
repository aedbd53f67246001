"""Port of aws-s3 integ.bucket-auto-delete-objects-mixin: two ``CfnBucket``s with the ``BucketAutoDeleteObjects``
mixin, a provider that puts objects in the first and an ``AwsCustomResource`` that deletes the second (the
``IntegTest`` is dropped; pycdk's own auto-delete and AwsCustomResource handlers, masked).

The put-objects handler directory is written by this app (its own content; the asset hash is the same on both
sides).
"""

import os
import tempfile

from aws_cdk import App, CustomResource, CustomResourceProvider, CustomResourceProviderRuntime, Fn, RemovalPolicy, Stack
from aws_cdk import aws_s3 as s3
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId
from constructs import Construct

PUT_OBJECTS_RESOURCE_TYPE = "Custom::S3PutObjects"
handler_dir = os.path.join(tempfile.mkdtemp(), "put-objects-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ PhysicalResourceId: 'put-objects' });\n")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        bucket = s3.CfnBucket(self, "Bucket")
        bucket.apply_removal_policy(RemovalPolicy.DESTROY)
        bucket.with_(s3.mixins.BucketAutoDeleteObjects())
        bucket_ref = bucket.bucket_ref
        service_token = CustomResourceProvider.get_or_create(
            self, PUT_OBJECTS_RESOURCE_TYPE, code_directory=handler_dir,
            runtime=CustomResourceProviderRuntime.NODEJS_20_X,
            policy_statements=[{"Effect": "Allow", "Action": "s3:PutObject",
                                "Resource": Fn.join("", [bucket_ref.bucket_arn, "/*"])}],
        )
        CustomResource(
            self, "PutObjectsCustomResource", resource_type=PUT_OBJECTS_RESOURCE_TYPE, service_token=service_token,
            properties={"BucketName": bucket_ref.bucket_name},
        )

        removed = s3.CfnBucket(self, "RemovedBucket")
        removed.apply_removal_policy(RemovalPolicy.DESTROY)
        removed.with_(s3.mixins.BucketAutoDeleteObjects())
        removed_ref = removed.bucket_ref
        AwsCustomResource(
            self, "DeleteBucket",
            on_create={
                "physical_resource_id": PhysicalResourceId.of(removed_ref.bucket_arn),
                "service": "S3",
                "action": "deleteBucket",
                "parameters": {"Bucket": removed_ref.bucket_name},
            },
            policy=AwsCustomResourcePolicy.from_sdk_calls(resources=[removed_ref.bucket_arn]),
        )


app = App(context={"@aws-cdk/core:disableGitSource": True})
TestStack(app, "cdk-s3-bucket-auto-delete-objects-mixin")
app.synth()
