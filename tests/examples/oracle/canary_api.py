"""examples/canary_api written out with aws-cdk-lib's L2 classes: same ids and props."""

from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigatewayv2
from aws_cdk import aws_apigatewayv2_integrations as apigatewayv2_integrations
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codedeploy as codedeploy
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as events_targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

HANDLER_DIR = Path(__file__).resolve().parents[3] / "examples" / "canary_api" / "handler"

app = cdk.App()
stack = cdk.Stack(
    app, "CanaryApi", description="An HTTP API whose function deploys as a canary (pycdk example)"
)
code = lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"])
function = lambda_.Function(
    stack,
    "ApiFunction",
    code=code,
    handler="api.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    memory_size=256,
    timeout=cdk.Duration.seconds(10),
    description="Canary API: hello and version",
)
alias = lambda_.Alias(stack, "LiveAlias", alias_name="live", version=function.current_version)
api = apigatewayv2.HttpApi(
    stack,
    "HttpApi",
    api_name="canary-api",
    description="An API whose function deploys as a canary",
)
integration = apigatewayv2_integrations.HttpLambdaIntegration("LiveIntegration", alias)
for path in ("/hello", "/version"):
    api.add_routes(path=path, methods=[apigatewayv2.HttpMethod.GET], integration=integration)

error_alarm = alias.metric_errors(period=cdk.Duration.minutes(1)).create_alarm(
    stack,
    "ErrorAlarm",
    threshold=1,
    evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    alarm_description="The live alias returned errors",
)
latency_alarm = alias.metric_duration(statistic="p99", period=cdk.Duration.minutes(1)).create_alarm(
    stack,
    "LatencyAlarm",
    threshold=1000,
    evaluation_periods=2,
    treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
    alarm_description="The live alias's p99 duration is above 1 second",
)
deployment_group = codedeploy.LambdaDeploymentGroup(
    stack,
    "Deployment",
    alias=alias,
    deployment_config=codedeploy.LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES,
    alarms=[error_alarm, latency_alarm],
    auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=True, deployment_in_alarm=True),
)

report_function = lambda_.Function(
    stack,
    "ReportFunction",
    code=code,
    handler="report.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    timeout=cdk.Duration.seconds(30),
    description="Nightly report of the canary API",
)
report = tasks.LambdaInvoke(
    stack,
    "Report",
    lambda_function=report_function,
    payload_response_only=True,
    retry_on_service_exceptions=True,
)
healthy = sfn.Choice(stack, "Healthy?")
healthy.when(sfn.Condition.boolean_equals("$.healthy", True), sfn.Succeed(stack, "AllGood"))
healthy.otherwise(sfn.Fail(stack, "ErrorsFound", error="ErrorsFound", cause="The API had errors"))
state_machine = sfn.StateMachine(
    stack,
    "NightlyReport",
    definition_body=sfn.DefinitionBody.from_chainable(report.next(healthy)),
    timeout=cdk.Duration.minutes(15),
    tracing_enabled=True,
)
schedule = events.Rule(
    stack,
    "NightlySchedule",
    description="Runs the nightly report at 03:00 UTC",
    schedule=events.Schedule.cron(minute="0", hour="3"),
    targets=[
        events_targets.SfnStateMachine(
            state_machine,
            input=events.RuleTargetInput.from_object({"source": "schedule", "errors": 0}),
        )
    ],
)

dashboard = cloudwatch.Dashboard(stack, "Dashboard", dashboard_name="canary-api")
dashboard.add_widgets(
    cloudwatch.GraphWidget(
        title="Live alias",
        left=[alias.metric_invocations(), alias.metric_errors()],
        right=[alias.metric_duration(statistic="p99")],
        width=12,
    ),
    cloudwatch.AlarmStatusWidget(title="Rollback alarms", alarms=[error_alarm, latency_alarm]),
)
dashboard.add_widgets(
    cloudwatch.GraphWidget(
        title="Nightly report",
        left=[state_machine.metric_succeeded(), state_machine.metric_failed()],
        width=12,
    ),
    cloudwatch.SingleValueWidget(
        title="API requests (24 h)",
        metrics=[api.metric_count(period=cdk.Duration.days(1))],
    ),
)

cdk.CfnOutput(stack, "ApiUrl", value=api.url or "")
cdk.CfnOutput(stack, "DeploymentGroupName", value=deployment_group.deployment_group_name)
app.synth()
