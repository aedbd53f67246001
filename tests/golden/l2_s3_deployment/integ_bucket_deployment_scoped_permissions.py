"""Port of aws-cdk integ.bucket-deployment-scoped-permissions.ts (IntegTest and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeploymentScopedPermissions(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.shared_bucket = s3.Bucket(self, "SharedBucket", removal_policy=cdk.RemovalPolicy.DESTROY,
                                       auto_delete_objects=True)
        d1 = s3deploy.BucketDeployment(self, "DeployFrontend", sources=[s3deploy.Source.asset("assets/my-website")],
                                       destination_bucket=self.shared_bucket, destination_key_prefix="app/frontend/",
                                       retain_on_delete=False)
        d2 = s3deploy.BucketDeployment(self, "DeployBackend",
                                       sources=[s3deploy.Source.asset("assets/my-website-second")],
                                       destination_bucket=self.shared_bucket, destination_key_prefix="app/backend/",
                                       retain_on_delete=False)
        d3 = s3deploy.BucketDeployment(self, "DeployAssets", sources=[s3deploy.Source.data("test.txt", "test content")],
                                       destination_bucket=self.shared_bucket, destination_key_prefix="/assets/",
                                       retain_on_delete=False)
        d4 = s3deploy.BucketDeployment(self, "DeployRoot", sources=[s3deploy.Source.data("root.txt", "root content")],
                                       destination_bucket=self.shared_bucket, retain_on_delete=False)
        cdk.CfnOutput(self, "FrontendRoleArn", value=d1.handler_role.role_arn,
                      description="IAM role for frontend deployment (should have app/frontend/* access)")
        cdk.CfnOutput(self, "BackendRoleArn", value=d2.handler_role.role_arn,
                      description="IAM role for backend deployment (should have app/backend/* access)")
        cdk.CfnOutput(self, "AssetsRoleArn", value=d3.handler_role.role_arn,
                      description="IAM role for assets deployment (should have assets/* access)")
        cdk.CfnOutput(self, "RootRoleArn", value=d4.handler_role.role_arn,
                      description="IAM role for root deployment (should have /* access)")
        cdk.CfnOutput(self, "BucketName", value=self.shared_bucket.bucket_name)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
TestBucketDeploymentScopedPermissions(app, "test-bucket-deployment-scoped-permissions")
app.synth()
