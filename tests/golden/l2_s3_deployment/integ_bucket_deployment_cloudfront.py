"""Port of aws-s3-deployment integ.bucket-deployment-cloudfront: a deployment into a bucket served by a
``CloudFrontWebDistribution``, invalidating ``/images/*.png``. ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "Destination3", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        distribution = cloudfront.CloudFrontWebDistribution(self, "Distribution", origin_configs=[
            cloudfront.SourceConfiguration(
                s3_origin_source=cloudfront.S3OriginConfig(s3_bucket_source=bucket),
                behaviors=[cloudfront.Behavior(is_default_behavior=True)],
            ),
        ])
        s3deploy.BucketDeployment(self, "DeployWithInvalidation", sources=[s3deploy.Source.asset("assets/my-website")],
                                  destination_bucket=bucket, distribution=distribution,
                                  distribution_paths=["/images/*.png"], retain_on_delete=False)


app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False,
})
TestBucketDeployment(app, "test-bucket-deployments-1")
app.synth()
