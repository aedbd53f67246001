"""Warnings on cloudwatch input match aws-cdk-lib's: the same snippets, the same construct paths and messages
(``fixtures/oracle_warnings.json``, written by ``_oracle_warnings.py`` with the oracle venv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import constructs as cdk
from l2 import cloudwatch as cw

EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "oracle_warnings.json").read_text())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_warns_like_aws_cdk_lib(name: str) -> None:
    case = EXPECTED[name]
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    exec(case["code"], {"cdk": cdk, "cw": cw, "app": app, "stack": stack})
    messages = app.synth().get_stack_artifact("S").messages
    warnings = [[m.id, str(m.entry["data"]).split(" [ack:")[0]] for m in messages if m.level == "warning"]
    assert warnings == case["warnings"]
