"""An HTTP API whose Lambda function deploys through CodeDeploy as a canary, plus a nightly workflow.

- ``ApiFunction`` (``handler/api.py``) is published as a new version on every change; its ``live`` alias
  serves the HTTP API (API Gateway v2, Lambda proxy integration, ``GET /hello`` and ``GET /version``).
- ``Deployment``: a CodeDeploy ``LambdaDeploymentGroup`` shifts the alias to a new version as a canary (10% for
  5 minutes, then all) and rolls back when an alarm fires: the alias's errors or its p99 duration.
- ``NightlyReport``: an EventBridge rule runs a Step Functions workflow at 03:00 UTC; the workflow invokes
  ``handler/report.py`` and succeeds or fails on its answer.
- ``Dashboard``: the API's traffic, the alarms and the workflow's executions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import CfnOutput, Construct, Duration, Stack
from l2 import (
    apigatewayv2,
    apigatewayv2_integrations,
    cloudwatch,
    codedeploy,
    events,
    events_targets,
    lambda_,
)
from l2 import stepfunctions as sfn
from l2 import stepfunctions_tasks as tasks

HANDLER_DIR = Path(__file__).resolve().parent / "handler"
"""The functions' code: ``handler/api.py`` and ``handler/report.py``."""


class CanaryApiStack(Stack):
    """The API, its canary deployment and alarms, the scheduled workflow and the dashboard.

    Attributes:
        function: the API's function.
        alias: its ``live`` alias, which the API invokes and CodeDeploy shifts.
        api: the HTTP API.
        error_alarm: any error of the alias for 1 minute.
        latency_alarm: the alias's p99 duration above 1 second for 2 minutes.
        deployment_group: the canary deployment group.
        state_machine: the nightly workflow.
        schedule: the rule that starts it.
        dashboard: the CloudWatch dashboard.
    """

    def __init__(self, scope: Construct, id: str, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        code = lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"])
        self.function = lambda_.Function(
            self,
            "ApiFunction",
            code=code,
            handler="api.handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            memory_size=256,
            timeout=Duration.seconds(10),
            description="Canary API: hello and version",
        )
        self.alias = lambda_.Alias(
            self, "LiveAlias", alias_name="live", version=self.function.current_version
        )
        self.api = apigatewayv2.HttpApi(
            self,
            "HttpApi",
            api_name="canary-api",
            description="An API whose function deploys as a canary",
        )
        integration = apigatewayv2_integrations.HttpLambdaIntegration("LiveIntegration", self.alias)
        for path in ("/hello", "/version"):
            self.api.add_routes(path=path, methods=[apigatewayv2.HttpMethod.GET], integration=integration)

        self.error_alarm = self.alias.metric_errors(period=Duration.minutes(1)).create_alarm(
            self,
            "ErrorAlarm",
            threshold=1,
            evaluation_periods=1,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            alarm_description="The live alias returned errors",
        )
        self.latency_alarm = self.alias.metric_duration(
            statistic="p99", period=Duration.minutes(1)
        ).create_alarm(
            self,
            "LatencyAlarm",
            threshold=1000,
            evaluation_periods=2,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            alarm_description="The live alias's p99 duration is above 1 second",
        )
        self.deployment_group = codedeploy.LambdaDeploymentGroup(
            self,
            "Deployment",
            alias=self.alias,
            deployment_config=codedeploy.LambdaDeploymentConfig.CANARY_10_PERCENT_5_MINUTES,
            alarms=[self.error_alarm, self.latency_alarm],
            auto_rollback=codedeploy.AutoRollbackConfig(failed_deployment=True, deployment_in_alarm=True),
        )

        report_function = lambda_.Function(
            self,
            "ReportFunction",
            code=code,
            handler="report.handler",
            runtime=lambda_.Runtime.PYTHON_3_12,
            timeout=Duration.seconds(30),
            description="Nightly report of the canary API",
        )
        report = tasks.LambdaInvoke(
            self,
            "Report",
            lambda_function=report_function,
            payload_response_only=True,
            retry_on_service_exceptions=True,
        )
        healthy = sfn.Choice(self, "Healthy?")
        healthy.when(sfn.Condition.boolean_equals("$.healthy", True), sfn.Succeed(self, "AllGood"))
        healthy.otherwise(sfn.Fail(self, "ErrorsFound", error="ErrorsFound", cause="The API had errors"))
        self.state_machine = sfn.StateMachine(
            self,
            "NightlyReport",
            definition_body=sfn.DefinitionBody.from_chainable(report.next(healthy)),
            timeout=Duration.minutes(15),
            tracing_enabled=True,
        )
        self.schedule = events.Rule(
            self,
            "NightlySchedule",
            description="Runs the nightly report at 03:00 UTC",
            schedule=events.Schedule.cron(minute="0", hour="3"),
            targets=[
                events_targets.SfnStateMachine(
                    self.state_machine,
                    input=events.RuleTargetInput.from_object({"source": "schedule", "errors": 0}),
                )
            ],
        )

        self.dashboard = cloudwatch.Dashboard(self, "Dashboard", dashboard_name="canary-api")
        self.dashboard.add_widgets(
            cloudwatch.GraphWidget(
                title="Live alias",
                left=[self.alias.metric_invocations(), self.alias.metric_errors()],
                right=[self.alias.metric_duration(statistic="p99")],
                width=12,
            ),
            cloudwatch.AlarmStatusWidget(
                title="Rollback alarms", alarms=[self.error_alarm, self.latency_alarm]
            ),
        )
        self.dashboard.add_widgets(
            cloudwatch.GraphWidget(
                title="Nightly report",
                left=[self.state_machine.metric_succeeded(), self.state_machine.metric_failed()],
                width=12,
            ),
            cloudwatch.SingleValueWidget(
                title="API requests (24 h)",
                metrics=[self.api.metric_count(period=Duration.days(1))],
            ),
        )

        CfnOutput(self, "ApiUrl", value=self.api.url or "")
        CfnOutput(self, "DeploymentGroupName", value=self.deployment_group.deployment_group_name)
