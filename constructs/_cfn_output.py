"""``CfnOutput``: a template output, optionally exported."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._cfn_element import CfnElement
from ._construct import Construct
from ._errors import ValidationError
from ._fn import Fn
from ._private import structs
from ._token import Token

if TYPE_CHECKING:
    from ._cfn_condition import CfnCondition

_EXPORT_NAME_RE = re.compile(r"^[A-Za-z0-9:\-]+$")


class CfnOutput(CfnElement):
    """A CloudFormation output.

    Args:
        value: the output value.
        condition: a ``CfnCondition`` that gates the output.
        description: a description.
        export_name: export the value under this name.
        key: the output's logical id (instead of the path-based one).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        value: object,
        condition: CfnCondition | None = None,
        description: str | None = None,
        export_name: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if value is None:
            raise ValidationError(f"CfnOutput {self.node.path} should have a value, but got 'undefined'", self)
        self.value = value
        self.condition = condition
        self.description = description
        self.export_name = export_name
        if key is not None:
            self.override_logical_id(key)
        self.node.add_validation(_OutputValidation(self))

    @property
    def import_value(self) -> str:
        """``Fn::ImportValue`` of the export (export_name required)."""
        if not self.export_name:
            raise ValidationError(
                "cannot reference \"importValue\" of an output without an \"exportName\"", self
            )
        return Fn.import_value(self.export_name)

    def _to_cloudformation(self) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if self.description is not None:
            body["Description"] = self.description
        body["Value"] = self.value
        if self.export_name is not None:
            body["Export"] = {"Name": self.export_name}
        if self.condition is not None:
            body["Condition"] = self.condition._resolved_logical_id()
        return {"Outputs": {self._resolved_logical_id(): body}}


class _OutputValidation:
    def __init__(self, output: CfnOutput) -> None:
        self.output = output

    def validate(self) -> list[str]:
        name = self.output.export_name
        if name is None or Token.is_unresolved(name):
            return []
        errors = []
        if len(name) > 255:
            errors.append(f"Export name cannot exceed 255 characters (got {len(name)} characters)")
        if not _EXPORT_NAME_RE.match(name):
            errors.append(
                f"Export name must only include alphanumeric characters, colons, or hyphens (got '{name}')"
            )
        return errors


@structs.frozen(kw_only=True)
class CfnOutputProps:
    """The keyword arguments of ``CfnOutput``.

    Args:
        value: the output's value.
        condition: a ``CfnCondition`` the output depends on (default none).
        description: a description (default none).
        export_name: the name to export the value under, for ``Fn.import_value`` (default not exported).
        key: the output's logical id (default derived from the construct path).
    """

    value: str
    condition: CfnCondition | None = None
    description: str | None = None
    export_name: str | None = None
    key: str | None = None
