"""Port of aws-cdk's integ.configuration.ts: hosted configurations (file, text, YAML, validators) and sourced ones
(SSM parameter and document, S3 with and without a role, Secrets Manager with and without a key, CodePipeline)."""

import os
import tempfile

from aws_cdk import App, ArnFormat, Duration, Fn, RemovalPolicy, SecretValue, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3_deployment as s3_deployment
from aws_cdk.aws_appconfig import (
    Application,
    ConfigurationContent,
    ConfigurationSource,
    DeploymentStrategy,
    HostedConfiguration,
    JsonSchemaValidator,
    LambdaValidator,
    RolloutStrategy,
    SourcedConfiguration,
)
from aws_cdk.aws_codepipeline import Artifact, Pipeline, StageProps
from aws_cdk.aws_codepipeline_actions import S3DeployAction, S3SourceAction
from aws_cdk.aws_kms import Key
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_secretsmanager import Secret
from aws_cdk.aws_ssm import CfnDocument, StringParameter

SCHEMA_STR = """{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "string"
}"""

LAMBDA_CODE = """
def handler(event, context):
  print('This is my dummy validator')
"""

# the integ test's config.json and schema.json
FILES = tempfile.mkdtemp()
with open(os.path.join(FILES, "config.json"), "w") as f:
    f.write('{\n  "foobar": "This is my configuration content."\n}\n')
with open(os.path.join(FILES, "schema.json"), "w") as f:
    f.write(SCHEMA_STR + "\n")

app = App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
stack = Stack(app, "aws-appconfig-configuration")

app_config_app = Application(stack, "MyAppConfig", application_name="AppForConfigTest")
deployment_strategy = DeploymentStrategy(
    stack,
    "MyDeployStrategy",
    rollout_strategy=RolloutStrategy.linear(growth_factor=100, deployment_duration=Duration.minutes(0)),
)

HostedConfiguration(
    stack,
    "MyHostedConfigFromFile",
    application=app_config_app,
    content=ConfigurationContent.from_file(os.path.join(FILES, "config.json")),
)

hosted_env = app_config_app.add_environment("HostedEnv")
HostedConfiguration(
    stack,
    "MyHostedConfig",
    application=app_config_app,
    content=ConfigurationContent.from_inline_text("This is my configuration content."),
    deploy_to=[hosted_env],
    validators=[
        JsonSchemaValidator.from_inline(SCHEMA_STR),
        JsonSchemaValidator.from_file(os.path.join(FILES, "schema.json")),
    ],
    deployment_strategy=deployment_strategy,
)

hosted_env_from_json = app_config_app.add_environment("HostedEnvFromJson")
HostedConfiguration(
    stack,
    "MyHostedConfigFromJson",
    application=app_config_app,
    content=ConfigurationContent.from_inline_text("This is the configuration content"),
    deploy_to=[hosted_env_from_json],
    deployment_strategy=deployment_strategy,
)

hosted_env_from_yaml = app_config_app.add_environment("HostedEnvFromYaml")
HostedConfiguration(
    stack,
    "MyHostedConfigFromYaml",
    application=app_config_app,
    content=ConfigurationContent.from_inline_yaml("This is the configuration content"),
    deploy_to=[hosted_env_from_yaml],
    deployment_strategy=deployment_strategy,
)

func = Function(
    stack, "MyValidatorFunction", runtime=Runtime.PYTHON_3_8, handler="index.handler", code=Code.from_inline(LAMBDA_CODE)
)
parameter_env = app_config_app.add_environment("ParameterEnv")
ssm_parameter = StringParameter(stack, "MyParameter", string_value="This is the content stored in ssm parameter")
SourcedConfiguration(
    stack,
    "MyConfigFromParameter",
    name="TestConfigProfileStoredAsParamater",
    application=app_config_app,
    description="This is a configuration profile used for integ testing",
    location=ConfigurationSource.from_parameter(ssm_parameter),
    version_number="1",
    deploy_to=[parameter_env],
    validators=[LambdaValidator.from_function(func)],
    deployment_strategy=deployment_strategy,
)

document_env = app_config_app.add_environment("DocumentEnv")
ssm_document = CfnDocument(
    stack,
    "MyDocument",
    content={
        "schemaVersion": "2.2",
        "description": "Sample SSM Document",
        "mainSteps": [
            {
                "action": "aws:runShellScript",
                "name": "step1",
                "inputs": {"runCommand": ['echo "Hello, World!"']},
            }
        ],
    },
    document_type="Command",
    name="TestDocument",
)
SourcedConfiguration(
    stack,
    "MyConfigFromDocument",
    application=app_config_app,
    location=ConfigurationSource.from_cfn_document(ssm_document),
    version_number="1",
    deploy_to=[document_env],
    deployment_strategy=deployment_strategy,
)

bucket_env = app_config_app.add_environment("BucketEnv")
bucket = Bucket(stack, "MyBucket", versioned=True, removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
bucket.apply_removal_policy(RemovalPolicy.DESTROY)
deployment = s3_deployment.BucketDeployment(
    stack,
    "DeployConfigInBucket",
    sources=[s3_deployment.Source.data("hello/world/file.txt", "This is the content stored in S3")],
    destination_bucket=bucket,
    retain_on_delete=False,
)
SourcedConfiguration(
    stack,
    "MyConfigFromBucket",
    application=app_config_app,
    location=ConfigurationSource.from_bucket(bucket, "hello/world/file.txt"),
    description=f"Sourced from {Fn.select(0, deployment.object_keys)}",
    deploy_to=[bucket_env],
)


def generate_dummy_role() -> iam.Role:
    role = iam.Role(stack, "DummyRole", assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"))
    role.add_to_principal_policy(
        iam.PolicyStatement(
            actions=["s3:GetObject", "s3:GetObjectMetadata", "s3:GetObjectVersion"],
            resources=[
                stack.format_arn(
                    region="",
                    account="",
                    service="s3",
                    arn_format=ArnFormat.NO_RESOURCE_NAME,
                    resource=f"{bucket.bucket_name}/*",
                )
            ],
        )
    )
    role.add_to_principal_policy(
        iam.PolicyStatement(
            actions=["s3:GetBucketLocation", "s3:GetBucketVersioning", "s3:ListBucket", "s3:ListBucketVersions"],
            resources=[
                stack.format_arn(
                    region="", account="", service="s3", arn_format=ArnFormat.NO_RESOURCE_NAME, resource=bucket.bucket_name
                )
            ],
        )
    )
    role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"]))
    return role


dummy_role = generate_dummy_role()
sc = SourcedConfiguration(
    stack,
    "MyConfigFromBucketWithRole",
    application=app_config_app,
    location=ConfigurationSource.from_bucket(bucket, "hello/world/file.txt"),
    description=f"Sourced from {Fn.select(0, deployment.object_keys)} with defined role",
    deploy_to=[bucket_env],
    retrieval_role=dummy_role,
)
sc.node.add_dependency(dummy_role, dummy_role.node.try_find_child("DefaultPolicy"))

secret_env = app_config_app.add_environment("SecretEnv")
secret = Secret(
    stack, "MySecret", secret_string_value=SecretValue.unsafe_plain_text("This is the content stored in secrets manager")
)
SourcedConfiguration(
    stack,
    "MyConfigFromSecret",
    application=app_config_app,
    location=ConfigurationSource.from_secret(secret),
    deploy_to=[secret_env],
)

secret_with_key_env = app_config_app.add_environment("SecretEnvWithKey")
key = Key(stack, "MyKey")
secret_with_key = Secret(
    stack,
    "MySecretWithKey",
    secret_string_value=SecretValue.unsafe_plain_text("This is the content stored in secrets manager"),
    encryption_key=key,
)
SourcedConfiguration(
    stack,
    "MyConfigFromSecretWithKey",
    location=ConfigurationSource.from_secret(secret_with_key),
    deployment_key=key,
    application=app_config_app,
    deploy_to=[secret_with_key_env],
)

deployment.add_source(
    s3_deployment.Source.data("hello/world/codepipeline.txt", "This is the content stored in code pipeline")
)
source_action = S3SourceAction(
    action_name="Source", bucket=bucket, bucket_key="hello/world/codepipeline.txt", output=Artifact("SourceOutput")
)
deploy_action = S3DeployAction(
    action_name="Deploy", input=Artifact.artifact("SourceOutput"), bucket=bucket, extract=True
)
pipeline = Pipeline(
    stack,
    "MyPipeline",
    cross_account_keys=True,
    stages=[
        StageProps(stage_name="beta", actions=[source_action]),
        StageProps(stage_name="prod", actions=[deploy_action]),
    ],
)
SourcedConfiguration(
    stack, "MyConfigFromPipeline", application=app_config_app, location=ConfigurationSource.from_pipeline(pipeline)
)
app.synth()
