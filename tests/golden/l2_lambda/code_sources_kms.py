"""The parts of aws-cdk's integ.lambda-sourceKMSKeyArn.ts that need no s3-deployment: a source KMS key on asset code,
on ``Code.from_bucket_v2`` and on ``Code.from_custom_command`` (the command writes the package at synthesis)."""

import os
import sys
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

work = tempfile.mkdtemp()
asset_dir = os.path.join(work, "python-lambda-handler")
os.makedirs(asset_dir)
with open(os.path.join(asset_dir, "index.py"), "w") as f:
    f.write("def handler(event, context):\n    return 'ok'\n")
built = os.path.join(work, "built")
script = (f"import os; os.makedirs({built!r}, exist_ok=True); "
          f"open(os.path.join({built!r}, 'index.py'), 'w').write('def handler(e, c): return 1\\n')")

app = cdk.App()
stack = cdk.Stack(app, "CMCMK-Stack")
role = iam.Role(stack, "LambdaExecutionRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                    "service-role/AWSLambdaBasicExecutionRole")])
key = kms.Key(stack, "myImportedKey", enable_key_rotation=True)
key.add_to_resource_policy(iam.PolicyStatement(
    effect=iam.Effect.ALLOW, principals=[iam.ServicePrincipal("lambda.amazonaws.com")],
    actions=["kms:GenerateDataKey", "kms:Decrypt"], resources=["*"]))
role.add_to_policy(iam.PolicyStatement(actions=["kms:Decrypt", "kms:GenerateDataKey"], resources=[key.key_arn]))
lambda_.Function(stack, "myFunction1", code=lambda_.Code.from_asset(asset_dir, source_kms_key=key),
                 runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", role=role)
key.grant_encrypt_decrypt(role)
bucket = s3.Bucket(stack, "S3", bucket_name="s3sourcekmskeyarnbucket")
lambda_.Function(stack, "myFunction2", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", role=role,
                 code=lambda_.Code.from_bucket_v2(bucket, "python-lambda-handler.zip", source_kms_key=key),
                 environment={"SOURCE_KMS_KEY_ARN": key.key_arn})
lambda_.Function(stack, "myFunction3", runtime=lambda_.Runtime.PYTHON_3_11, handler="index.handler", role=role,
                 code=lambda_.Code.from_custom_command(built, [sys.executable, "-c", script], source_kms_key=key),
                 environment={"SOURCE_KMS_KEY_ARN": key.key_arn})
app.synth()
