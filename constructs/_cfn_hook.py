"""``CfnHook``: an entry of the template's ``Hooks`` section (such as the CodeDeploy blue-green hook)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._cfn_element import CfnElement
from ._construct import Construct
from ._private import structs


class CfnHook(CfnElement):
    """A CloudFormation hook, rendered under ``Hooks`` as ``{"Type": ..., "Properties": ...}``.

    Args:
        scope: the parent construct.
        id: the construct id.
        type: the hook type, e.g. ``AWS::CodeDeploy::BlueGreen``.
        properties: the hook's properties (default none; an empty set is not rendered).
    """

    def __init__(self, scope: Construct, id: str, *, type: str, properties: Mapping[str, object] | None = None) -> None:
        super().__init__(scope, id)
        self.type = type
        self._cfn_hook_properties = properties

    def _render_properties(self) -> Any:
        """The ``Properties`` of the hook, unresolved (subclasses render their own)."""
        return self._cfn_hook_properties

    def _to_cloudformation(self) -> dict[str, Any]:
        return {"Hooks": {self._resolved_logical_id(): {"Type": self.type, "Properties": self._render_properties()}}}

    def _post_resolve(self, fragment: dict[str, Any], context: Any) -> dict[str, Any]:
        for body in fragment["Hooks"].values():
            props = body.get("Properties")
            if props is None or (isinstance(props, (dict, list)) and not props):
                body.pop("Properties", None)  # as aws-cdk-lib: empty properties are left out
        return fragment


@structs.frozen(kw_only=True)
class CfnHookProps:
    """The keyword arguments of ``CfnHook``.

    Args:
        type: the hook type, e.g. ``AWS::CodeDeploy::BlueGreen``.
        properties: the hook's properties (default none).
    """

    type: str
    properties: Mapping[str, object] | None = None
