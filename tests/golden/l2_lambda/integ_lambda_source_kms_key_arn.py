"""Port of aws-cdk integ.lambda-sourceKMSKeyArn.ts (IntegTest dropped; the handler directory and zip it reads from the
repository are stand-ins written to a temporary directory; the custom command is ``node --version`` instead of a bare
``node``, which would wait for a script on stdin)."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy

work = tempfile.mkdtemp()
HANDLER = "def handler(event, context):\n    return {'statusCode': 200}\n"
os.makedirs(os.path.join(work, "python-lambda-handler"))
with open(os.path.join(work, "python-lambda-handler", "index.py"), "w", newline="") as f:
    f.write(HANDLER)
os.makedirs(os.path.join(work, "lambda-zip"))
with zipfile.ZipFile(os.path.join(work, "lambda-zip", "python-lambda-handler.zip"), "w") as z:
    z.writestr(zipfile.ZipInfo("index.py", date_time=(2020, 1, 1, 0, 0, 0)), HANDLER)

app = App()


class TestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        role = iam.Role(self, "LambdaExecutionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                        managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                            "service-role/AWSLambdaBasicExecutionRole")])
        key = kms.Key(self, "myImportedKey", enable_key_rotation=True)
        key.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW, principals=[iam.ServicePrincipal("lambda.amazonaws.com")],
            actions=["kms:GenerateDataKey", "kms:Decrypt"], resources=["*"]))
        key.add_to_resource_policy(iam.PolicyStatement(
            effect=iam.Effect.ALLOW, principals=[role], actions=["kms:GenerateDataKey", "kms:Decrypt"],
            resources=["*"]))
        role.add_to_policy(iam.PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey"],
                                               resources=[key.key_arn]))
        fn_asset = lambda_.Function(self, "myFunction1",
                                    code=lambda_.Code.from_asset(os.path.join(work, "python-lambda-handler"), source_kms_key=key),
                                    runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", role=role)
        key.grant_encrypt_decrypt(role)
        self.function_name1 = fn_asset.function_name
        bucket = s3.Bucket(self, "S3", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True,
                           bucket_name="s3sourcekmskeyarnbucket")
        deployment = s3deploy.BucketDeployment(self, "DeployLambdaCode", sources=[s3deploy.Source.asset(os.path.join(work, "lambda-zip"))],
                                               destination_bucket=bucket)
        fn_bucket = lambda_.Function(self, "myFunction2", runtime=lambda_.Runtime.NODEJS_LATEST,
                                     handler="index.handler", role=role,
                                     code=lambda_.Code.from_bucket_v2(bucket, "python-lambda-handler.zip",
                                                                      source_kms_key=key),
                                     environment={"SOURCE_KMS_KEY_ARN": key.key_arn})
        fn_bucket.node.add_dependency(deployment)
        fn_custom = lambda_.Function(self, "myFunction3", runtime=lambda_.Runtime.PYTHON_3_11,
                                     handler="index.handler", role=role,
                                     code=lambda_.Code.from_custom_command(os.path.join(work, "lambda-zip", "python-lambda-handler.zip"),
                                                                           ["node", "--version"],
                                                                           source_kms_key=key),
                                     environment={"SOURCE_KMS_KEY_ARN": key.key_arn})
        self.function_name3 = fn_custom.function_name


TestStack(app, "CMCMK-Stack")
app.synth()
