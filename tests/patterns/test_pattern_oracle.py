"""Each pattern's template, with its defaults and with overrides, equals byte for byte what aws-cdk-lib 2.275.0
synthesizes for the same L2 constructs written out by hand (``oracle/<name>.py``, recorded by
``oracle/record.py``).

This pins the patterns to plain CDK: same construct tree, same merged props, same grants and wiring order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from constructs import App, Duration, RemovalPolicy, Stack
from l2 import apigateway, dynamodb, kms, lambda_, logs, sqs
from patterns import ApiGatewayToLambda, LambdaToDynamoDB, SqsToLambda

FIXTURES = Path(__file__).resolve().parent / "oracle" / "fixtures"
CODE = "def handler(event, context):\n    return event\n"


def _function_props(**extra: object) -> dict[str, object]:
    return {
        "code": lambda_.Code.from_inline(CODE),
        "handler": "index.handler",
        "runtime": lambda_.Runtime.PYTHON_3_12,
        **extra,
    }


def _api_overrides(stack: Stack) -> None:
    ApiGatewayToLambda(
        stack,
        "Api",
        lambda_function_props=_function_props(tracing=lambda_.Tracing.PASS_THROUGH, memory_size=512),
        api_gateway_props={
            "endpoint_types": [apigateway.EndpointType.REGIONAL],
            "rest_api_name": "items",
            "cloud_watch_role": False,
            "default_method_options": {"authorization_type": apigateway.AuthorizationType.NONE},
            "deploy_options": apigateway.StageOptions(
                logging_level=apigateway.MethodLoggingLevel.ERROR,
                stage_name="v1",
                throttling_rate_limit=100,
                throttling_burst_limit=200,
            ),
        },
        log_group_props={"retention": logs.RetentionDays.ONE_MONTH, "removal_policy": RemovalPolicy.DESTROY},
    )


def _sqs_overrides(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    SqsToLambda(
        stack,
        "Work",
        lambda_function_props=_function_props(timeout=Duration.seconds(20)),
        queue_props={"encryption_master_key": key, "visibility_timeout": Duration.minutes(2)},
        dead_letter_queue_props={
            "encryption": sqs.QueueEncryption.SQS_MANAGED,
            "retention_period": Duration.days(14),
        },
        max_receive_count=10,
        sqs_event_source_props={"batch_size": 5, "report_batch_item_failures": True},
    )


def _dynamodb_overrides(stack: Stack) -> None:
    key = kms.Key(stack, "Key")
    LambdaToDynamoDB(
        stack,
        "Items",
        lambda_function_props=_function_props(environment={"STAGE": "test"}),
        dynamo_table_props={
            "partition_key": dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            "sort_key": dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
            "read_capacity": 5,
            "write_capacity": 2,
            "encryption_key": key,
            "removal_policy": RemovalPolicy.DESTROY,
        },
        table_permissions="Read",
        table_environment_variable_name="ITEMS_TABLE",
    )


BUILDERS: dict[str, Callable[[Stack], object]] = {
    "apigateway_lambda_defaults": lambda s: ApiGatewayToLambda(s, "Api", lambda_function_props=_function_props()),
    "apigateway_lambda_overrides": _api_overrides,
    "lambda_dynamodb_defaults": lambda s: LambdaToDynamoDB(s, "Items", lambda_function_props=_function_props()),
    "lambda_dynamodb_overrides": _dynamodb_overrides,
    "sqs_lambda_defaults": lambda s: SqsToLambda(s, "Work", lambda_function_props=_function_props()),
    "sqs_lambda_overrides": _sqs_overrides,
}


def test_every_recorded_app_has_a_builder() -> None:
    assert sorted(p.name.removesuffix(".template.json") for p in FIXTURES.glob("*.template.json")) == sorted(BUILDERS)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_pattern_synthesizes_what_aws_cdk_lib_does(name: str, tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    BUILDERS[name](Stack(app, "S"))
    app.synth()

    assert (tmp_path / "S.template.json").read_text() == (FIXTURES / f"{name}.template.json").read_text()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_the_template_passes_cfn_lint(name: str, lint_template: Callable[[dict[str, Any]], list[str]]) -> None:
    template = json.loads((FIXTURES / f"{name}.template.json").read_text())

    assert lint_template(template) == []
