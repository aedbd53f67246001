"""``Annotations.add_deprecation`` as aws-cdk-lib's: a warning acknowledgeable as ``Deprecated:<api>``, and with
``CDK_BLOCK_DEPRECATIONS`` set an error naming the construct path.

``annotation_deprecation_expected.json`` is aws-cdk-lib 2.275.0's outcome (``_annotation_deprecation_oracle.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from constructs import Annotations, App, Stack, ValidationError

EXPECTED = json.loads((Path(__file__).parent / "annotation_deprecation_expected.json").read_text("utf-8"))


def _warnings(stack: Stack) -> list[str]:
    return [str(m.data) for m in stack.node.metadata if m.type == "aws:cdk:warning"]


def test_the_warning_carries_the_ack_tag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_BLOCK_DEPRECATIONS", raising=False)
    stack = Stack(App(), "S")
    Annotations.of(stack).add_deprecation("foo.bar", "use baz")
    assert _warnings(stack) == EXPECTED["warn"]


def test_the_warning_can_be_acknowledged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_BLOCK_DEPRECATIONS", raising=False)
    stack = Stack(App(), "S")
    Annotations.of(stack).add_deprecation("foo.bar", "use baz")
    Annotations.of(stack).acknowledge_warning("Deprecated:foo.bar")
    assert _warnings(stack) == []


def test_cdk_block_deprecations_makes_it_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_BLOCK_DEPRECATIONS", "1")
    stack = Stack(App(), "S")
    with pytest.raises(ValidationError) as err:
        Annotations.of(stack).add_deprecation("foo.bar", "use baz")
    # jsii's Python runtime prefixes a method's error with its class name
    assert "ERROR ValidationError: " + err.value.bare_message == EXPECTED["block"]
    assert _warnings(stack) == []
