"""Port of aws-cdk integ.bucket-deployment-signcontent.ts (IntegTest dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy


class TestBucketDeployment(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        bucket = s3.Bucket(self, "Destination", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
        deployment = s3deploy.BucketDeployment(self, "Deployment", sources=[s3deploy.Source.asset("assets/my-website")],
                                               destination_bucket=bucket, sign_content=True, retain_on_delete=False)
        policy_result = bucket.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.DENY, principals=[iam.AnyPrincipal()], actions=["s3:PutObject"],
            resources=[f"{bucket.bucket_arn}/*"],
            conditions={"StringNotLike": {"s3:x-amz-content-sha256": "?" * 64}}))
        deployment.node.add_dependency(policy_result.policy_dependable)


app = cdk.App()
TestBucketDeployment(app, "test-bucket-deployment-signobject")
app.synth()
