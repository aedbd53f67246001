"""The ``AWS::CodeDeploy::BlueGreen`` hook of an included template."""

from __future__ import annotations

import re
from typing import Any

from constructs import CfnCodeDeployBlueGreenHook, CfnHook, Construct
from l2.cloudformation_include._private.parser import CfnParser


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _snake_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {_snake(key): _snake_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_snake_keys(item) for item in value]
    return value


def blue_green_hook(scope: Construct, id: str, attributes: dict[str, Any], parser: CfnParser) -> CfnHook:
    """A ``CfnCodeDeployBlueGreenHook`` from the hook's template entry."""
    properties = parser.parse_value(attributes.get("Properties")) or {}
    kwargs = _snake_keys({key: value for key, value in properties.items()})
    kwargs.setdefault("applications", [])
    kwargs.setdefault("service_role", None)
    return CfnCodeDeployBlueGreenHook(scope, id, **kwargs)
