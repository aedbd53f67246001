"""Parameter ARNs, name checks and the ids of imported values."""

from __future__ import annotations

import re
from typing import Any

from constructs import ArnFormat, Intrinsic, Stack, Token, Tokenization, ValidationError

AUTOGEN_MARKER = "$$autogen$$"
"""Stands for a CloudFormation-generated name (always a simple name)."""

_NAME_PATTERN = re.compile(r"^[/\w.-]+$")


def arn_for_parameter_name(
    scope: Any, parameter_name: str, *, physical_name: str | None = None, simple_name: bool | None = None
) -> str:
    """The ARN of a parameter: ``parameter/<name>`` for simple names, ``parameter<name>`` for ``/paths``.

    Raises:
        ValidationError: a path that does not start with ``/``, an undeterminable separator, or a
            ``simple_name`` that contradicts the name.
    """
    to_validate = physical_name or parameter_name
    if not Token.is_unresolved(to_validate) and "/" in to_validate and not to_validate.startswith("/"):
        raise ValidationError(
            f'Parameter names must be fully qualified (if they include "/" they must also begin with a "/"): '
            f"{to_validate}",
            scope,
        )
    stack = Stack.of(scope)
    if _is_simple_name(scope, parameter_name, physical_name, simple_name):
        return stack.format_arn(
            service="ssm", resource="parameter", arn_format=ArnFormat.SLASH_RESOURCE_NAME, resource_name=parameter_name
        )
    return stack.format_arn(service="ssm", resource=f"parameter{parameter_name}")


def _is_simple_name(scope: Any, parameter_name: str, physical_name: str | None, simple_name: bool | None) -> bool:
    concrete = physical_name if Token.is_unresolved(parameter_name) else parameter_name
    if not concrete or Token.is_unresolved(concrete):
        if simple_name is None:
            raise ValidationError(
                "Unable to determine ARN separator for SSM parameter since the parameter name is an unresolved "
                'token. Use "fromAttributes" and specify "simpleName" explicitly',
                scope,
            )
        return simple_name
    result = not concrete.startswith("/")
    if simple_name is not None and simple_name != result:
        if concrete == AUTOGEN_MARKER:
            raise ValidationError(
                'If "parameterName" is not explicitly defined, "simpleName" must be "true" or undefined since '
                "auto-generated parameter names always have simple names",
                scope,
            )
        kind = "a simple name" if result else "not a simple name"
        raise ValidationError(
            f'Parameter name "{concrete}" is {kind}, but "simpleName" was explicitly set to '
            f"{str(simple_name).lower()}. Either omit it or set it to {str(result).lower()}",
            scope,
        )
    return result


def validate_parameter_name(scope: Any, name: str | None) -> None:
    """Check a literal parameter name's length and characters.

    Raises:
        ValidationError: longer than 2,048 characters or characters outside ``[A-Za-z0-9_./-]``.
    """
    if name is None or Token.is_unresolved(name):
        return
    if len(name) > 2048:
        raise ValidationError("name cannot be longer than 2048 characters.", scope)
    if not _NAME_PATTERN.match(name):
        raise ValidationError(
            f"name must only contain letters, numbers, and the following 4 symbols .-_/; got {name}", scope
        )


def assert_valid_value(scope: Any, value: str, allowed_pattern: str) -> None:
    """Check a literal value against ``allowed_pattern`` (a JavaScript-style regex, searched, not anchored).

    Raises:
        ValidationError: the value does not match.
    """
    if Token.is_unresolved(value) or Token.is_unresolved(allowed_pattern):
        return
    if re.search(allowed_pattern, value) is None:
        raise ValidationError(
            f"The supplied value ({value}) does not match the specified allowedPattern ({allowed_pattern})", scope
        )


def imported_value_id(parameter_name: str) -> str:
    """The stack-level construct id aws-cdk-lib uses for ``value_for_*_parameter`` imports."""
    return f"SsmParameterValue:{parameter_name}:C96584B6-F00A-464E-AD19-53AFF4B05118"


def starts_with_fn_intrinsic(value: str) -> bool:
    """Whether the first token of a string is an ``Fn.*`` intrinsic (aws-cdk-lib's ``Fn._isFnBase`` test).

    pycdk's core has no FnBase class, so the token's resolved shape is inspected instead: ``{"Fn::...": ...}``, or
    ``{"Ref": name}`` as ``Fn.ref`` makes it. Pseudo parameters (``{"Ref": "AWS::..."}``) are not ``FnBase`` in
    aws-cdk-lib and use the same token class in pycdk, so a ``Ref`` to an ``AWS::`` name does not count.
    """
    if not Token.is_unresolved(value):
        return False
    token = Tokenization.reverse_string(value).first_token
    if token is None:
        return False
    if type(token).__module__ == "constructs._fn":
        return True
    if type(token) is Intrinsic:
        resolved = token.resolve(None)  # type: ignore[arg-type]
        if not isinstance(resolved, dict) or len(resolved) != 1:
            return False
        key, value = next(iter(resolved.items()))
        if key == "Ref":
            return isinstance(value, str) and not value.startswith("AWS::")
        return key.startswith("Fn::")
    return False
