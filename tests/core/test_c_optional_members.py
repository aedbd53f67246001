"""Protocols with optional members (``IResolvable``'s ``creation_stack``/``to_string``/``type_hint``, cloudwatch's
``IWidget``/``IMetric`` ``warnings``): a value with only the required members passes the argument checks and
``isinstance``, as in aws-cdk-lib where jsii does not require them; and ``CfnElement.with_``."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, CfnOutput, CfnResource, IResolvable, Stack, Token
from constructs._fn import ICfnConditionExpression
from constructs._mixins import Mixin


class _OnlyResolve:
    def resolve(self, context: Any) -> Any:
        return "resolved"


def test_a_value_with_only_resolve_is_resolvable() -> None:
    assert isinstance(_OnlyResolve(), IResolvable)
    assert not isinstance(object(), IResolvable)
    assert not isinstance(_OnlyResolve(), ICfnConditionExpression)  # a nominal subclass stays nominal
    stack = Stack(App(), "S")
    out = CfnOutput(stack, "O", value=Token.as_string(_OnlyResolve()))
    assert stack.resolve(out.value) == "resolved"


def test_the_optional_members_are_declared() -> None:
    assert {"creation_stack", "to_string", "type_hint"} <= set(dir(IResolvable))


def test_a_user_widget_and_metric_without_warnings_pass_the_checks() -> None:
    from l2 import cloudwatch

    class Widget:
        width = 6.0
        height = 6.0

        def position(self, x: float, y: float) -> None:
            pass

        def to_json(self) -> list[Any]:
            return [{"type": "text", "width": 6, "height": 6, "properties": {"markdown": "hi"}}]

    stack = Stack(App(), "S")
    dashboard = cloudwatch.Dashboard(stack, "D")
    dashboard.add_widgets(Widget())
    assert isinstance(Widget(), cloudwatch.IWidget)

    class NotAWidget:
        width = 6.0

    with pytest.raises(TypeError, match="IWidget"):
        dashboard.add_widgets(NotAWidget())  # type: ignore[arg-type]


def test_cfn_element_with_applies_mixins_to_itself_and_returns_it() -> None:
    seen: list[str] = []

    class Record(Mixin):
        def apply_to(self, construct: Any) -> None:
            seen.append(construct.node.path)

    stack = Stack(App(), "S")
    element = CfnResource(stack, "R", type="AWS::SQS::Queue")
    assert element.with_(Record()) is element
    assert seen == ["S/R"]
