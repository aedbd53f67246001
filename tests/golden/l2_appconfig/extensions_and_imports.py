"""Extension shortcuts on applications, environments and configurations; imports; presets; grants; layer ARNs."""

from aws_cdk import App, CfnOutput, Duration, Stack
from aws_cdk import aws_appconfig as appconfig
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = App()
stack = Stack(app, "AppConfigExtensions")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event"),
)
queue = sqs.Queue(stack, "Queue")
topic = sns.Topic(stack, "Topic")

application = appconfig.Application(stack, "App", description="an application")
application.on_deployment_start(appconfig.LambdaDestination(fn))
application.on_deployment_complete(
    appconfig.SqsDestination(queue), extension_name="CompleteExt", description="on complete"
)
application.pre_start_deployment(
    appconfig.SnsDestination(topic),
    extension_name="PreStartExt",
    latest_version_number=2,
    parameters=[appconfig.Parameter.required("p1", "v1", "first"), appconfig.Parameter.not_required("p2")],
)

alarm = cloudwatch.Alarm(
    stack,
    "Alarm",
    metric=cloudwatch.Metric(namespace="Custom", metric_name="Errors"),
    threshold=1,
    evaluation_periods=1,
)
alarm_role = iam.Role(stack, "AlarmRole", assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"))
env = application.add_environment(
    "Prod",
    environment_name="prod",
    description="production",
    deletion_protection_check=appconfig.DeletionProtectionCheck.APPLY,
    monitors=[
        appconfig.Monitor.from_cloud_watch_alarm(alarm, alarm_role),
        appconfig.Monitor.from_cloud_watch_alarm(alarm),
    ],
)
env.on_deployment_baking(appconfig.SqsDestination(queue))
env.at_deployment_tick(appconfig.SnsDestination(topic), extension_name="TickExt")

key = kms.Key(stack, "Key")
flags = application.add_hosted_configuration(
    "Flags",
    content=appconfig.ConfigurationContent.from_inline_json('{"flags": {}, "values": {}, "version": "1"}'),
    type=appconfig.ConfigurationType.FEATURE_FLAGS,
    name="feature-flags",
    description="feature flags",
    deletion_protection_check=appconfig.DeletionProtectionCheck.BYPASS,
    deployment_key=key,
    deployment_strategy=appconfig.DeploymentStrategy.from_deployment_strategy_id(
        stack, "AllAtOnce", appconfig.DeploymentStrategyId.ALL_AT_ONCE
    ),
    validators=[
        appconfig.JsonSchemaValidator.from_inline('{"type": "object"}'),
        appconfig.LambdaValidator.from_function(fn),
    ],
    version_label="v1",
    latest_version_number=1,
    deploy_to=[env],
)
flags.on_deployment_rolled_back(appconfig.LambdaDestination(fn))
flags.pre_create_hosted_configuration_version(appconfig.SnsDestination(topic), extension_name="PreCreateExt")

text = appconfig.HostedConfiguration(
    stack,
    "Text",
    application=application,
    content=appconfig.ConfigurationContent.from_inline_text("hello"),
    deployment_strategy=appconfig.DeploymentStrategy(
        stack,
        "Canary",
        rollout_strategy=appconfig.RolloutStrategy.CANARY_10_PERCENT_20_MINUTES,
        deployment_strategy_name="canary",
        description="preset",
    ),
)
yaml_config = appconfig.HostedConfiguration(
    stack,
    "Yaml",
    application=application,
    content=appconfig.ConfigurationContent.from_inline_yaml("a: 1"),
    deployment_strategy=appconfig.DeploymentStrategy(
        stack,
        "Exponential",
        rollout_strategy=appconfig.RolloutStrategy.exponential(
            growth_factor=25, deployment_duration=Duration.minutes(10), final_bake_time=Duration.minutes(2)
        ),
    ),
)
env.add_deployments(text, yaml_config)
for preset_id, preset in (
    ("Linear50", appconfig.RolloutStrategy.LINEAR_50_PERCENT_EVERY_30_SECONDS),
    ("Linear20", appconfig.RolloutStrategy.LINEAR_20_PERCENT_EVERY_6_MINUTES),
    ("AllAtOnceStrategy", appconfig.RolloutStrategy.ALL_AT_ONCE),
):
    appconfig.DeploymentStrategy(stack, preset_id, rollout_strategy=preset)

# imports
imported_app = appconfig.Application.from_application_id(stack, "ImportedApp", "abc1234")
imported_env = appconfig.Environment.from_environment_attributes(
    stack, "ImportedEnv", application=imported_app, environment_id="env1234", name="imported"
)
by_arn_env = appconfig.Environment.from_environment_arn(
    stack, "ByArnEnv", "arn:aws:appconfig:us-east-1:123456789012:application/abc1234/environment/def5678"
)
app_by_arn = appconfig.Application.from_application_arn(
    stack, "AppByArn", "arn:aws:appconfig:us-east-1:123456789012:application/xyz9876"
)
strategy_by_arn = appconfig.DeploymentStrategy.from_deployment_strategy_arn(
    stack, "StrategyByArn", "arn:aws:appconfig:us-east-1:123456789012:deploymentstrategy/str1234"
)
ext_by_arn = appconfig.Extension.from_extension_arn(
    stack, "ExtByArn", "arn:aws:appconfig:us-east-1:123456789012:extension/ext1234/3"
)
ext_by_attrs = appconfig.Extension.from_extension_attributes(
    stack, "ExtByAttrs", extension_id="ext5678", extension_version_number=2, name="attrs-ext"
)
app_by_arn.add_extension(ext_by_arn)
# a literal ARN: the association id hashes the ARN text
app_by_arn.on_deployment_step(appconfig.SqsDestination(queue), extension_name="ImportedStepExt")
env.add_extension(ext_by_attrs)
imported_deploy = appconfig.HostedConfiguration(
    stack,
    "ForImported",
    application=imported_app,
    content=appconfig.ConfigurationContent.from_inline("x", "application/x-custom"),
    deployment_strategy=strategy_by_arn,
    deploy_to=[imported_env],
)

user = iam.User(stack, "User")
env.grant_read_config(user)
imported_env.grant(user, "appconfig:GetConfiguration")

CfnOutput(stack, "AppArn", value=application.application_arn)
CfnOutput(stack, "EnvArn", value=env.environment_arn)
CfnOutput(stack, "ByArnEnvId", value=by_arn_env.environment_id)
CfnOutput(stack, "AppByArnId", value=app_by_arn.application_id)
CfnOutput(stack, "StrategyId", value=strategy_by_arn.deployment_strategy_id)
CfnOutput(stack, "ExtArn", value=ext_by_attrs.extension_arn)
CfnOutput(stack, "ProfileArn", value=flags.configuration_profile_arn)
CfnOutput(stack, "VersionArn", value=flags.hosted_configuration_version_arn)
CfnOutput(stack, "LayerX86", value=appconfig.Application.get_lambda_layer_version_arn("eu-west-1"))
CfnOutput(
    stack,
    "LayerArm",
    value=appconfig.Application.get_lambda_layer_version_arn("us-east-1", appconfig.Platform.ARM_64),
)
app.synth()
