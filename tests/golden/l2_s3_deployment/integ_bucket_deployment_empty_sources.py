"""Port of aws-cdk integ.bucket-deployment-empty-sources.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeploymentEmptySources(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY,
                                auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeployEmptySources", sources=[], destination_bucket=self.bucket,
                                  retain_on_delete=False)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentEmptySources(app, "test-bucket-deployment-empty-sources")
app.synth()
