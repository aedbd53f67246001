"""Port of aws-cdk integ.lambda-s3-object-storage-mode.ts (IntegTest dropped; the zip it reads from the repository is
a stand-in written to a temporary directory)."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk import custom_resources as cr

OBJECT_KEY = "python-lambda-handler.zip"
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "lambda-zip"))
with zipfile.ZipFile(os.path.join(work, "lambda-zip", OBJECT_KEY), "w") as z:
    z.writestr(zipfile.ZipInfo("index.py", date_time=(2020, 1, 1, 0, 0, 0)),
               "def handler(event, context):\n    return {'statusCode': 200}\n")

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})


class TestStack(Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        bucket = s3.Bucket(self, "CodeBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
                           auto_delete_objects=True)
        deployment = s3deploy.BucketDeployment(self, "DeployLambdaCode",
                                               sources=[s3deploy.Source.asset(os.path.join(work, "lambda-zip"))],
                                               destination_bucket=bucket)
        bucket.add_to_resource_policy(iam.PolicyStatement(
            sid="LambdaSelfManagedCodeAccess", principals=[iam.ServicePrincipal("lambda.amazonaws.com")],
            actions=["s3:GetObject", "s3:GetObjectVersion"], resources=[bucket.arn_for_objects(OBJECT_KEY)],
            conditions={
                "StringEquals": {"aws:SourceAccount": self.account},
                "ArnLike": {"aws:SourceArn": [
                    self.format_arn(service="lambda", resource="function", resource_name="*",
                                    arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME),
                    self.format_arn(service="lambda", resource="layer", resource_name="*",
                                    arn_format=cdk.ArnFormat.COLON_RESOURCE_NAME),
                ]},
            }))
        version_lookup = cr.AwsCustomResource(
            self, "CodeObjectVersion",
            on_update=cr.AwsSdkCall(service="S3", action="headObject",
                                    parameters={"Bucket": bucket.bucket_name, "Key": OBJECT_KEY},
                                    physical_resource_id=cr.PhysicalResourceId.of("CodeObjectVersion")),
            policy=cr.AwsCustomResourcePolicy.from_statements([iam.PolicyStatement(
                actions=["s3:GetObject"], resources=[bucket.arn_for_objects(OBJECT_KEY)])]))
        version_lookup.node.add_dependency(deployment)
        code = lambda_.Code.from_bucket_v2(bucket, OBJECT_KEY,
                                           object_version=version_lookup.get_response_field("VersionId"),
                                           s3_object_storage_mode=lambda_.S3ObjectStorageMode.REFERENCE)
        lambda_.Function(self, "Function", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", code=code)
        lambda_.LayerVersion(self, "LayerVersion", code=code, compatible_runtimes=[lambda_.Runtime.NODEJS_LATEST])


TestStack(app, "LambdaS3ObjectStorageModeStack")
app.synth()
