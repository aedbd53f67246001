"""``CfnRule``: template rules (parameter validation)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._cfn_element import CfnElement
from ._construct import Construct

if TYPE_CHECKING:
    from ._fn import ICfnConditionExpression


@structs.frozen(kw_only=True)
class CfnRuleAssertion:
    """One assertion of a rule: ``assert_`` and its description.

    Args:
        assert_: the condition that must hold.
        assert_description: the message shown when it fails.
    """

    assert_: ICfnConditionExpression
    assert_description: str


class CfnRule(CfnElement):
    """A CloudFormation rule.

    Args:
        rule_condition: when the rule applies.
        assertions: the assertions to check.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assertions: Sequence[CfnRuleAssertion | Mapping[str, object]] | None = None,
        rule_condition: ICfnConditionExpression | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.rule_condition = rule_condition
        self._assertions: list[Any] = list(assertions or [])

    def add_assertion(self, condition: ICfnConditionExpression, description: str) -> None:
        """Add an assertion."""
        self._assertions.append(CfnRuleAssertion(assert_=condition, assert_description=description))

    def _to_cloudformation(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if self.rule_condition is not None:
            body["RuleCondition"] = self.rule_condition
        if self._assertions:
            out = []
            for a in self._assertions:
                if isinstance(a, CfnRuleAssertion):
                    out.append({"Assert": a.assert_, "AssertDescription": a.assert_description})
                else:
                    out.append({
                        "Assert": a.get("assert_", a.get("assert", a.get("Assert"))),
                        "AssertDescription": a.get("assert_description", a.get("AssertDescription")),
                    })
            body["Assertions"] = out
        return {"Rules": {self._resolved_logical_id(): body}}


@structs.frozen(kw_only=True)
class CfnRuleProps:
    """The keyword arguments of ``CfnRule``.

    Args:
        assertions: the rule's assertions (default none).
        rule_condition: when the assertions apply (default always).
    """

    assertions: Sequence[CfnRuleAssertion] | None = None
    rule_condition: ICfnConditionExpression | None = None
