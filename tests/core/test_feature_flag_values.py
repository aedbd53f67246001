"""A flag's context value is read as aws-cdk-lib reads it: JavaScript's ``Boolean(value)``.

Expected values from aws-cdk-lib 2.275.0 (``FeatureFlags.of(stack).is_enabled`` and whether the stack's template
gets the ``BootstrapVersion`` parameter of the default synthesizer, for the same context values): every non-empty
string is true, ``"false"`` and ``"0"`` included.
"""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, FeatureFlags, Stack
from l2 import sqs

ORACLE: list[tuple[Any, bool]] = [
    ("1", True), ("false", True), (False, False), (True, True), ("true", True), ("0", True), ("", False),
]


@pytest.mark.parametrize(("value", "enabled"), ORACLE, ids=[repr(v) for v, _ in ORACLE])
def test_a_flag_value_reads_as_aws_cdk_lib_reads_it(tmp_path: Any, value: Any, enabled: bool) -> None:
    app = App(outdir=str(tmp_path), analytics_reporting=False, context={
        "@aws-cdk/core:newStyleStackSynthesis": value, "@aws-cdk/aws-iam:minimizePolicies": value})
    stack = Stack(app, "S")
    sqs.Queue(stack, "Q")
    assert FeatureFlags.of(stack).is_enabled("@aws-cdk/aws-iam:minimizePolicies") is enabled
    template = app.synth().get_stack_by_name("S").template
    assert ("BootstrapVersion" in template.get("Parameters", {})) is enabled
