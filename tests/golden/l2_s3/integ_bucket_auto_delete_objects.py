"""Port of aws-s3 integ.bucket-auto-delete-objects: auto-deleted bucket plus a provider that puts objects in it.

The put-objects handler directory is written by this app (its own content; the asset hash is the same on both
sides).
"""

import os
import tempfile

from aws_cdk import App, CustomResource, CustomResourceProvider, CustomResourceProviderRuntime, RemovalPolicy, Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct

PUT_OBJECTS_RESOURCE_TYPE = "Custom::S3PutObjects"
handler_dir = os.path.join(tempfile.mkdtemp(), "put-objects-handler")
os.makedirs(handler_dir)
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ PhysicalResourceId: 'put-objects' });\n")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "Bucket", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        service_token = CustomResourceProvider.get_or_create(
            self, PUT_OBJECTS_RESOURCE_TYPE, code_directory=handler_dir,
            runtime=CustomResourceProviderRuntime.NODEJS_14_X,
            policy_statements=[{"Effect": "Allow", "Action": "s3:PutObject", "Resource": bucket.arn_for_objects("*")}],
        )
        CustomResource(
            self, "PutObjectsCustomResource", resource_type=PUT_OBJECTS_RESOURCE_TYPE, service_token=service_token,
            properties={"BucketName": bucket.bucket_name},
        )


app = App()
TestStack(app, "cdk-s3-bucket-auto-delete-objects")
app.synth()
