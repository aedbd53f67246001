"""examples/canary_api: the API, its canary deployment and rollback alarms, the scheduled workflow, the dashboard."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from example_support import cfn_lint_errors, load_module

from assertions import Capture, Match, Template
from constructs import App

EXAMPLE = "canary_api"
stack_module = load_module(EXAMPLE, "canary_api_stack.py")
api = load_module(EXAMPLE, "handler/api.py")
report = load_module(EXAMPLE, "handler/report.py")


@pytest.fixture(scope="module")
def stack() -> Any:
    return stack_module.CanaryApiStack(App(), "CanaryApi")


@pytest.fixture(scope="module")
def template(stack: Any) -> Template:
    return Template.from_stack(stack)


def _id(stack: Any, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def test_the_live_alias_points_at_the_current_version_and_updates_through_codedeploy(
    stack: Any, template: Template
) -> None:
    version_id = template.get_resource_id("AWS::Lambda::Version")
    template.has_resource(
        "AWS::Lambda::Alias",
        {
            "Properties": {
                "Name": "live",
                "FunctionName": {"Ref": _id(stack, stack.function)},
                "FunctionVersion": {"Fn::GetAtt": [version_id, "Version"]},
            },
            "UpdatePolicy": {
                "CodeDeployLambdaAliasUpdate": {
                    "ApplicationName": {"Ref": template.get_resource_id("AWS::CodeDeploy::Application")},
                    "DeploymentGroupName": {"Ref": _id(stack, stack.deployment_group)},
                }
            },
        },
    )


def test_the_http_api_routes_both_paths_to_the_alias(stack: Any, template: Template) -> None:
    alias_id = _id(stack, stack.alias)

    template.has_resource_properties("AWS::ApiGatewayV2::Api", {"Name": "canary-api", "ProtocolType": "HTTP"})
    for route in ("GET /hello", "GET /version"):
        template.has_resource_properties("AWS::ApiGatewayV2::Route", {"RouteKey": route})
    template.has_resource_properties(
        "AWS::ApiGatewayV2::Integration",
        {"IntegrationType": "AWS_PROXY", "IntegrationUri": {"Ref": alias_id}, "PayloadFormatVersion": "2.0"},
    )
    template.all_resources_properties(
        "AWS::Lambda::Permission",
        {"FunctionName": {"Ref": alias_id}, "Principal": "apigateway.amazonaws.com"},
    )


def test_the_deployment_is_a_canary_that_rolls_back_on_either_alarm(stack: Any, template: Template) -> None:
    template.has_resource_properties(
        "AWS::CodeDeploy::DeploymentGroup",
        {
            "DeploymentConfigName": "CodeDeployDefault.LambdaCanary10Percent5Minutes",
            "AlarmConfiguration": {
                "Enabled": True,
                "Alarms": [
                    {"Name": {"Ref": _id(stack, stack.error_alarm)}},
                    {"Name": {"Ref": _id(stack, stack.latency_alarm)}},
                ],
            },
            "AutoRollbackConfiguration": {
                "Enabled": True,
                "Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"],
            },
            "DeploymentStyle": {"DeploymentOption": "WITH_TRAFFIC_CONTROL", "DeploymentType": "BLUE_GREEN"},
        },
    )
    template.has_resource_properties("AWS::CodeDeploy::Application", {"ComputePlatform": "Lambda"})


def test_the_alarms_watch_the_alias_not_the_function(stack: Any, template: Template) -> None:
    alias_dimension = {
        "Name": "Resource",
        "Value": {"Fn::Join": ["", [{"Ref": _id(stack, stack.function)}, ":live"]]},
    }

    template.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "MetricName": "Errors",
            "Statistic": "Sum",
            "Threshold": 1,
            "Dimensions": Match.array_with([alias_dimension]),
        },
    )
    template.has_resource_properties(
        "AWS::CloudWatch::Alarm",
        {
            "MetricName": "Duration",
            "ExtendedStatistic": "p99",
            "Threshold": 1000,
            "EvaluationPeriods": 2,
            "Dimensions": Match.array_with([alias_dimension]),
        },
    )


def test_a_nightly_rule_starts_the_workflow_with_its_input(stack: Any, template: Template) -> None:
    template.has_resource_properties(
        "AWS::Events::Rule",
        {
            "ScheduleExpression": "cron(0 3 * * ? *)",
            "Targets": [
                Match.object_like(
                    {
                        "Arn": {"Ref": _id(stack, stack.state_machine)},
                        "Input": '{"source":"schedule","errors":0}',
                    }
                )
            ],
        },
    )
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": [
                    {
                        "Action": "states:StartExecution",
                        "Effect": "Allow",
                        "Resource": {"Ref": _id(stack, stack.state_machine)},
                    }
                ],
                "Version": "2012-10-17",
            }
        },
    )


def test_the_workflow_invokes_the_report_and_branches_on_its_answer(template: Template) -> None:
    definition = Capture()
    template.has_resource_properties(
        "AWS::StepFunctions::StateMachine",
        {"DefinitionString": {"Fn::Join": ["", definition]}, "TracingConfiguration": {"Enabled": True}},
    )
    parts = definition.as_array()
    states = json.loads(
        "".join(p if isinstance(p, str) else '"ARN"' for p in parts).replace('""ARN""', '"ARN"')
    )

    assert states["StartAt"] == "Report" and states["TimeoutSeconds"] == 900
    assert states["States"]["Healthy?"]["Choices"] == [
        {"Variable": "$.healthy", "BooleanEquals": True, "Next": "AllGood"}
    ]
    assert states["States"]["Healthy?"]["Default"] == "ErrorsFound"


def test_the_dashboard_shows_traffic_alarms_and_executions(template: Template) -> None:
    body = Capture()
    template.has_resource_properties(
        "AWS::CloudWatch::Dashboard",
        {"DashboardName": "canary-api", "DashboardBody": {"Fn::Join": ["", body]}},
    )
    text = "".join(p for p in body.as_array() if isinstance(p, str))

    for title in ("Live alias", "Rollback alarms", "Nightly report", "API requests (24 h)"):
        assert f'"title":"{title}"' in text
    assert '"type":"alarm"' in text and '"view":"singleValue"' in text


def test_the_template_passes_cfn_lint(template: Template) -> None:
    assert cfn_lint_errors(template.to_json()) == []


def test_snapshot(template: Template, template_snapshot: Any) -> None:
    assert template_snapshot == template


def test_pycdk_synth_writes_the_template_and_the_code_asset(
    run_pycdk_synth: Callable[[str], tuple[Path, str]],
) -> None:
    outdir, printed = run_pycdk_synth(EXAMPLE)
    template = json.loads((outdir / "CanaryApi.template.json").read_text())
    (asset_hash,) = {
        fn["Properties"]["Code"]["S3Key"].removesuffix(".zip")
        for fn in Template.from_json(template).find_resources("AWS::Lambda::Function").values()
    }

    assert json.loads(printed)["Resources"] == template["Resources"]
    assert sorted(p.name for p in (outdir / f"asset.{asset_hash}").iterdir()) == ["api.py", "report.py"]


# --- the handlers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status", "body"),
    [
        ("GET", "/hello", 200, {"message": "hello"}),
        ("GET", "/version", 200, {"version": "7"}),
        ("GET", "/other", 404, {"message": "no route /other"}),
        ("POST", "/hello", 405, {"message": "POST not allowed"}),
    ],
)
def test_the_api_handler_answers_its_routes(
    method: str, path: str, status: int, body: dict[str, str]
) -> None:
    event = {"requestContext": {"http": {"method": method, "path": path}}}
    response = api.handler(event, SimpleNamespace(function_version="7"))

    assert response["statusCode"] == status and json.loads(response["body"]) == body


def test_the_report_is_healthy_only_without_errors() -> None:
    assert report.handler({"source": "schedule", "errors": 0}, None) == {
        "source": "schedule",
        "errors": 0,
        "healthy": True,
    }
    assert report.handler({"errors": 3}, None)["healthy"] is False
