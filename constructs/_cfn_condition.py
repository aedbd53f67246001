"""``CfnCondition``: a named template condition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._cfn_element import CfnElement
from ._construct import Construct
from ._private import structs

if TYPE_CHECKING:
    from constructs._token import IResolveContext

    from ._fn import ICfnConditionExpression


class CfnCondition(CfnElement):
    """A CloudFormation condition; usable as a condition expression (``{"Condition": id}``).

    Args:
        expression: the condition expression (``Fn.condition_*``); without one nothing is rendered.
    """

    def __init__(self, scope: Construct, id: str, *, expression: ICfnConditionExpression | None = None) -> None:
        super().__init__(scope, id)
        self.expression = expression

    def _to_cloudformation(self) -> dict[str, Any]:
        if self.expression is None:
            return {}
        return {"Conditions": {self._resolved_logical_id(): self.expression}}

    def resolve(self, _context: IResolveContext) -> object:
        """Used inside another expression: ``{"Condition": <logical id>}``."""
        return {"Condition": self._resolved_logical_id()}

    def to_string(self) -> str:
        from ._private.token_map import TOKEN_MAP

        return TOKEN_MAP.register_string(self)


@structs.frozen(kw_only=True)
class CfnConditionProps:
    """The keyword arguments of ``CfnCondition``.

    Args:
        expression: the condition expression (``Fn.condition_*``); default none (nothing rendered).
    """

    expression: ICfnConditionExpression | None = None
