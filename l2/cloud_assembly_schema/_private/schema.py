"""JSON-schema validation of manifests (``validate_schema=True``), with the schema files of
``@aws-cdk/cloud-assembly-schema`` 55.4.0 (the version aws-cdk-lib 2.275.0 bundles) that sit beside this module.

As in aws-cdk-lib, ``assumeRoleAdditionalOptions`` may not hold ``RoleArn`` or
``ExternalId``, and ``skip_enum_check`` drops the errors of enum values the schema does not list.
Needs the ``jsonschema`` package (pycdk's ``dev`` extra).
"""

from __future__ import annotations

import json
import os
from typing import Any

from constructs._validation import CloudAssemblyError


def validate(obj: Any, schema: str, *, skip_enum_check: bool) -> None:
    """Raise ``CloudAssemblyError`` listing every way ``obj`` breaks the schema named ``schema``."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is in the dev extra
        raise CloudAssemblyError(
            "validate_schema=True needs the jsonschema package: pip install jsonschema"
        ) from None
    with open(os.path.join(os.path.dirname(__file__), f"{schema}.schema.json"), encoding="utf-8") as f:
        document = json.load(f)
    _check_assume_role_options(obj)
    validator = jsonschema.Draft7Validator(document)
    errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.absolute_path))
    if skip_enum_check:
        errors = [e for e in errors if e.validator != "enum"]
    if errors:
        lines = [f"{_js_path(e.absolute_path)} {_js_message(e)}" for e in errors]
        raise CloudAssemblyError("Invalid assembly manifest:\n" + "\n".join(lines))


def _js_path(path: Any) -> str:
    """``instance.artifacts.X.dependencies[0]``: the error's place as aws-cdk-lib's validator writes it."""
    return "instance" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _js_message(error: Any) -> str:
    if error.validator == "type":
        expected = error.validator_value
        return f"is not of a type(s) {','.join(expected) if isinstance(expected, list) else expected}"
    if error.validator == "enum":
        return f"is not one of enum values: {','.join(str(v) for v in error.validator_value)}"
    if error.validator == "required":
        return f"requires property {json.dumps(error.message.split(chr(39))[1])}"
    if error.validator == "additionalProperties":
        return f"is not allowed to have the additional property {error.message.split(chr(39))[1]!r}".replace("'", '"')
    return str(error.message)


def _check_assume_role_options(obj: Any) -> None:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "assumeRoleAdditionalOptions" and isinstance(value, dict):
                for forbidden in ("RoleArn", "ExternalId"):
                    if value.get(forbidden):
                        raise CloudAssemblyError(f"{forbidden} is not allowed inside '{key}'")
            _check_assume_role_options(value)
    elif isinstance(obj, list):
        for value in obj:
            _check_assume_role_options(value)
