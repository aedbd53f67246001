"""Port of aws-cdk integ.bucket-deployment-object-versions.ts (IntegTest and its assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "Destination", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
                           auto_delete_objects=True)
        deployment = s3deploy.BucketDeployment(self, "DeployZip", sources=[s3deploy.Source.asset("assets/my-website")],
                                               destination_bucket=bucket, extract=False, retain_on_delete=False)
        self.bucket_name = bucket.bucket_name
        self.object_key = self.export_value(cdk.Fn.select(0, deployment.object_keys), name="DeployedObjectKey")
        self.object_version_id = self.export_value(cdk.Fn.select(0, deployment.object_version_ids),
                                                   name="DeployedObjectVersionId")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeployment(app, "test-bucket-deployment-object-versions")
app.synth()
