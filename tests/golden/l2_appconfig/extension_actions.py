"""Extensions with several actions: a given execution role, no role, names and descriptions, versions, parameters."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_appconfig as appconfig
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_ssm as ssm

app = App()
stack = Stack(app, "AppConfigExtensionActions")

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event"),
)
queue = sqs.Queue(stack, "Queue")
topic = sns.Topic(stack, "Topic")
role = iam.Role(stack, "ExecRole", assumed_by=iam.ServicePrincipal("appconfig.amazonaws.com"))

extension = appconfig.Extension(
    stack,
    "Multi",
    extension_name="multi-action",
    description="several actions",
    latest_version_number=3,
    parameters=[
        appconfig.Parameter.required("endpoint", "https://example.com", "where to call"),
        appconfig.Parameter.not_required("verbose", "true"),
        appconfig.Parameter.not_required("unset", description="no value"),
    ],
    actions=[
        appconfig.Action(
            action_points=[appconfig.ActionPoint.ON_DEPLOYMENT_START, appconfig.ActionPoint.ON_DEPLOYMENT_COMPLETE],
            event_destination=appconfig.LambdaDestination(fn),
            execution_role=role,
            name="invoke-fn",
            description="calls the function",
        ),
        appconfig.Action(
            action_points=[appconfig.ActionPoint.ON_DEPLOYMENT_ROLLED_BACK],
            event_destination=appconfig.SqsDestination(queue),
            invoke_without_execution_role=True,
        ),
        appconfig.Action(
            action_points=[appconfig.ActionPoint.PRE_START_DEPLOYMENT, appconfig.ActionPoint.ON_DEPLOYMENT_STEP],
            event_destination=appconfig.SnsDestination(topic),
        ),
    ],
)
generated = appconfig.Extension(
    stack,
    "Generated",
    actions=[
        appconfig.Action(
            action_points=[appconfig.ActionPoint.AT_DEPLOYMENT_TICK],
            event_destination=appconfig.SqsDestination(queue),
        )
    ],
)

application = appconfig.Application(stack, "App", application_name="ext-actions")
application.add_extension(extension)
env = appconfig.Environment(stack, "Env", application=application, environment_name="dev")
env.add_extension(generated)
env.on(appconfig.ActionPoint.ON_DEPLOYMENT_BAKING, appconfig.SnsDestination(topic), extension_name="EnvBaking")
config = appconfig.SourcedConfiguration(
    stack,
    "Params",
    application=application,
    location=appconfig.ConfigurationSource.from_parameter(
        ssm.StringParameter(stack, "P", string_value="x")
    ),
)
config.on(appconfig.ActionPoint.PRE_START_DEPLOYMENT, appconfig.LambdaDestination(fn), description="check first")
config.at_deployment_tick(appconfig.SqsDestination(queue), extension_name="ConfigTick")
imported = appconfig.Extension.from_extension_attributes(
    stack,
    "Imported",
    extension_id="abc1234",
    extension_version_number=1,
    extension_arn="arn:aws:appconfig:us-east-1:123456789012:extension/abc1234/1",
    description="imported",
    name="imported-ext",
)
config.add_extension(imported)
CfnOutput(stack, "MultiArn", value=extension.extension_arn)
app.synth()
