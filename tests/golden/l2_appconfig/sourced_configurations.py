"""Sourced configurations from S3 (with and without a key), Secrets Manager, SSM parameters and documents."""

from aws_cdk import App, Stack
from aws_cdk import aws_appconfig as appconfig
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm

app = App()
stack = Stack(app, "AppConfigSourced")

application = appconfig.Application(stack, "App", application_name="sourced")
env = appconfig.Environment(stack, "Env", application=application, environment_name="dev")
key = kms.Key(stack, "Key")
bucket = s3.Bucket(stack, "Bucket", versioned=True)

application.add_sourced_configuration(
    "FromBucket",
    location=appconfig.ConfigurationSource.from_bucket(bucket, "path/config.json", key),
    version_number="1",
    deploy_to=[env],
)
appconfig.SourcedConfiguration(
    stack,
    "FromSecret",
    application=application,
    location=appconfig.ConfigurationSource.from_secret(
        secretsmanager.Secret(stack, "Secret", encryption_key=key)
    ),
    version_number="2",
    deploy_to=[env],
)
parameter = ssm.StringParameter(stack, "Param", string_value="value")
appconfig.SourcedConfiguration(
    stack,
    "FromParameter",
    application=application,
    location=appconfig.ConfigurationSource.from_parameter(parameter),
    type=appconfig.ConfigurationType.FREEFORM,
    validators=[appconfig.JsonSchemaValidator.from_inline('{"type": "string"}')],
)
document = ssm.CfnDocument(
    stack,
    "Doc",
    content={"schemaVersion": "2.2", "mainSteps": []},
    document_type="Command",
)
appconfig.SourcedConfiguration(
    stack,
    "FromDocument",
    application=application,
    location=appconfig.ConfigurationSource.from_cfn_document(document),
    name="doc-config",
    description="from an SSM document",
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"))
with_role = appconfig.SourcedConfiguration(
    stack,
    "WithRole",
    application=application,
    location=appconfig.ConfigurationSource.from_bucket(bucket, "other.json"),
    retrieval_role=role,
    deletion_protection_check=appconfig.DeletionProtectionCheck.ACCOUNT_DEFAULT,
)
with_role.on_deployment_start(appconfig.EventBridgeDestination(events.EventBus.from_event_bus_name(stack, "Bus", "default")))
app.synth()
