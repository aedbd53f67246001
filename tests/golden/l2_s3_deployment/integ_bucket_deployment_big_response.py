"""Port of aws-cdk integ.bucket-deployment-big-response.ts: 50 asset sources (IntegTest and assertions dropped)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import CfnOutput, Fn
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

NUM_FILES = 50


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.destination_bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY,
                                            auto_delete_objects=True)
        sources = []
        for i in range(NUM_FILES):
            temp_dir = tempfile.mkdtemp(prefix="tmpcdk")
            with open(os.path.join(temp_dir, f"{i + 1}.txt"), "w", newline="") as f:
                f.write(f"This is file number {i + 1}")
            sources.append(s3deploy.Source.asset(temp_dir))
        deployment = s3deploy.BucketDeployment(self, "DeployMe", sources=sources,
                                               destination_bucket=self.destination_bucket, memory_limit=2048,
                                               retain_on_delete=False, output_object_keys=False)
        CfnOutput(self, "customResourceData",
                  value=Fn.sub("Object Keys are${keys}", {"keys": Fn.join(",", deployment.object_keys)}))


app = cdk.App()
TestBucketDeployment(app, "test-bucket-deployments-too-many-sources")
app.synth()
