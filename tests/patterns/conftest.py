"""Fixtures of the pattern tests: a fresh stack, inline function props and a cfn-lint error lister."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint

from assertions import Template
from constructs import App, Stack
from l2 import lambda_


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack named ``S`` in a fresh app."""
    return Stack(App(), "S")


@pytest.fixture
def function_props() -> dict[str, Any]:
    """The three required ``lambda_.Function`` props, with inline Python code."""
    return {
        "code": lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
        "handler": "index.handler",
        "runtime": lambda_.Runtime.PYTHON_3_12,
    }


@pytest.fixture
def make_function(function_props: dict[str, Any]) -> Callable[[Stack, str], lambda_.Function]:
    """``make_function(stack, id)``: a plain function created outside the pattern (for ``existing_lambda_obj``)."""

    def build(scope: Stack, id: str) -> lambda_.Function:
        return lambda_.Function(scope, id, **function_props)

    return build


def _errors(template: dict[str, Any]) -> list[str]:
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


@pytest.fixture
def cfn_lint_errors() -> Callable[[Stack], list[str]]:
    """``cfn_lint_errors(stack)``: cfn-lint's errors (rules ``E*``) on the stack's synthesized template."""

    def run(scope: Stack) -> list[str]:
        return _errors(Template.from_stack(scope).to_json())

    return run


@pytest.fixture
def lint_template() -> Callable[[dict[str, Any]], list[str]]:
    """``lint_template(template_dict)``: cfn-lint's errors on a template dict."""
    return _errors
