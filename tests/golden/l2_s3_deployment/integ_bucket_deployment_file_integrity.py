"""Port of aws-cdk integ.bucket-deployment-file-integrity.ts (IntegTest and its assertion dropped)."""

import hashlib
import json

import aws_cdk as cdk
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source


class FileIntegrityTest(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        bucket = Bucket(self, "TestBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        json_content = json.dumps({"name": "test-config", "version": "1.0.0",
                                   "settings": {"debug": False, "timeout": 30}}, indent=2)
        self.original_md5 = hashlib.md5(json_content.encode("utf-8")).hexdigest()
        BucketDeployment(self, "TestDeployment", sources=[Source.data("config.json", json_content)],
                         destination_bucket=bucket)
        cdk.CfnOutput(self, "OriginalMd5Hash", value=self.original_md5,
                      description="Original MD5 hash of JSON file without markers")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
FileIntegrityTest(app, "test-s3-deploy-file-integrity")
app.synth()
