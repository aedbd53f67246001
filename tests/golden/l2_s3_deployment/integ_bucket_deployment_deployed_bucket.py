"""Port of aws-cdk integ.bucket-deployment-deployed-bucket.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(self, "Destination", public_read_access=False,
                                removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        deploy = s3deploy.BucketDeployment(self, "DeployMe5",
                                           sources=[s3deploy.Source.asset("assets/my-website-second")],
                                           destination_bucket=self.bucket, retain_on_delete=False)
        self.export_value(deploy.deployed_bucket.bucket_website_url, name="WebsiteUrl")


app = cdk.App()
TestBucketDeployment(app, "test-bucket-deployment-deployed-bucket")
app.synth()
