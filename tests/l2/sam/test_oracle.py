"""``l2.sam``'s typed helpers synthesize what aws-cdk-lib synthesizes with its own L1 structs, byte for byte.

``fixtures/literal_forms.template.json`` is aws-cdk-lib 2.275.0's template of ``oracle_app.literal`` (recorded
by ``record_oracle.py`` in the oracle venv); here pycdk builds the same app with ``DynamoDBCrudPolicy``,
``DeploymentPreference``, ``TrafficShifting``, ...
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import constructs as core
from l2 import sam
from tests.l2.sam.oracle_app import base, literal

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "literal_forms.template.json"


def _typed() -> dict[str, Any]:
    app, stack, table, hook = base(core, sam)
    api = sam.CfnFunction(
        stack,
        "Api",
        code_uri="s3://bucket/api.zip",
        handler="index.handler",
        runtime="python3.12",
        policies=[
            sam.DynamoDBCrudPolicy(table_name=table.value_as_string),
            "AWSLambdaExecute",
            sam.SQSPollerPolicy(queue_name="jobs"),
            sam.DynamoDBStreamReadPolicy(table_name=table.value_as_string, stream_name="stream"),
            sam.CloudWatchPutMetricPolicy(),
        ],
    )
    sam.TrafficShifting(
        alias_name="live",
        code_sha256="abc123",
        deployment_preference=sam.DeploymentPreference(
            type=sam.DeploymentType.CANARY_10_PERCENT_5_MINUTES,
            alarms=["ErrorsAlarm", table.value_as_string],
            hooks=sam.DeploymentHooks(pre_traffic=hook, post_traffic="post-hook"),
            role="arn:aws:iam::123456789012:role/codedeploy",
            enabled=True,
        ),
    ).apply(api)
    sam.CfnStateMachine(
        stack,
        "Machine",
        definition={"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}},
        policies=[sam.LambdaInvokePolicy(function_name=core.Fn.ref(hook.logical_id))],
    )
    return dict(app.synth().get_stack_by_name("SamTyped").template)


def test_typed_helpers_match_aws_cdk_lib_byte_for_byte() -> None:
    assert json.dumps(_typed(), indent=1) + "\n" == FIXTURE.read_text()


def test_the_aws_cdk_lib_form_matches_too() -> None:
    # the same app, unchanged, in pycdk: aws-cdk-lib's L1 structs render alike here
    assert json.dumps(literal(core, sam), indent=1) + "\n" == FIXTURE.read_text()
