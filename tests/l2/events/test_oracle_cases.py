"""Schedules and merged patterns against aws-cdk-lib's own results (``fixtures/oracle_cases.json``, written by
``_oracle_cases.py`` with the oracle venv)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from constructs import App, Duration, Stack
from l2 import events

CASES = json.loads((Path(__file__).parent / "fixtures" / "oracle_cases.json").read_text())


@pytest.mark.parametrize(("unit", "amount", "expression"), CASES["rates"])
def test_rate_expressions_match_aws_cdk_lib(unit: str, amount: int, expression: str) -> None:
    assert events.Schedule.rate(getattr(Duration, unit)(amount)).expression_string == expression


@pytest.mark.parametrize(("options", "expression"), CASES["crons"])
def test_cron_expressions_match_aws_cdk_lib(options: dict[str, str], expression: str) -> None:
    assert events.Schedule.cron(**options).expression_string == expression


@pytest.mark.parametrize(("first", "second", "rendered"), CASES["merges"])
def test_merged_patterns_match_aws_cdk_lib(first: dict[str, Any], second: dict[str, Any], rendered: Any) -> None:
    app = App()
    stack = Stack(app, "S")
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(**first))
    rule.add_event_pattern(**second)
    template = app.synth().get_stack_artifact("S").template
    assert json.dumps(template["Resources"]["Rule4C995B7F"]["Properties"]["EventPattern"]) == json.dumps(rendered)
