"""Fixtures: a stack with the SAM transform, and its synthesized template."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assertions import Template
from constructs import App, Stack

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack ``S`` in a fresh app, with the ``AWS::Serverless-2016-10-31`` transform."""
    s = Stack(App(), "S")
    s.add_transform(SAM_TRANSFORM)
    return s


@pytest.fixture
def synth() -> Callable[[Stack], dict[str, Any]]:
    """``synth(stack)``: the stack's synthesized template."""

    def run(scope: Stack) -> dict[str, Any]:
        return Template.from_stack(scope).to_json()

    return run
