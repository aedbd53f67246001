"""Function(log_retention=...): the Custom::LogRetention resource and its stack-wide provider function.

The fixture was synthesized by aws-cdk-lib 2.275.0 from ``fixtures/log_retention_app.py``. pycdk ships its own
handler code, so the provider's asset hash (``S3Key``) is the only expected difference.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from constructs import App, CfnOutput, Stack, ValidationError
from l2 import lambda_, logs

FIXTURE = Path(__file__).parent / "fixtures" / "log_retention.template.json"
PROVIDER = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"


def _synth() -> dict[str, Any]:
    app = App()
    stack = Stack(app, "LogRetention")
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("x"), log_retention=logs.RetentionDays.ONE_WEEK)
    lambda_.Function(stack, "Fn2", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                     code=lambda_.Code.from_inline("x"), log_retention=logs.RetentionDays.INFINITE)
    CfnOutput(stack, "Lg", value=fn.log_group.log_group_name)
    template = app.synth().get_stack_artifact("LogRetention").template
    code = template["Resources"][PROVIDER]["Properties"]["Code"]
    assert code["S3Key"].endswith(".zip")
    code["S3Key"] = "<asset>"
    return template


def _expected() -> dict[str, Any]:
    template = json.loads(FIXTURE.read_text())
    template["Resources"][PROVIDER]["Properties"]["Code"]["S3Key"] = "<asset>"
    return template


def test_resources_match_aws_cdk_lib_except_the_handler_asset() -> None:
    mine, expected = _synth(), _expected()
    assert json.dumps(mine["Resources"]) == json.dumps(expected["Resources"])


def test_log_group_name_output_matches_aws_cdk_lib() -> None:
    assert _synth()["Outputs"] == _expected()["Outputs"]


def test_fails_on_log_retention_together_with_a_log_group() -> None:
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError, match="CDK does not support setting logRetention and logGroup"):
        lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                         code=lambda_.Code.from_inline("x"), log_retention=logs.RetentionDays.ONE_DAY,
                         log_group=logs.LogGroup(stack, "G"))
