"""HTTP method validation, stage method-option paths and AWS service-integration URIs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote_plus

from constructs import UnscopedValidationError

ALL_METHODS: list[str] = ["OPTIONS", "GET", "PUT", "POST", "DELETE", "PATCH", "HEAD"]
ALLOWED_METHODS: list[str] = ["ANY", *ALL_METHODS]

_PATH_PART = re.compile(r"^[a-zA-Z0-9:._\-$]+$")


def validate_http_method(method: str, message_prefix: str = "") -> None:
    """Raise unless ``method`` is one of API Gateway's methods (or ``ANY``)."""
    if method not in ALLOWED_METHODS:
        raise UnscopedValidationError(
            f'{message_prefix}Invalid HTTP method "{method}". Allowed methods: {",".join(ALLOWED_METHODS)}'
        )


def parse_method_options_path(original_path: str) -> tuple[str, str]:
    """Split a stage ``method_options`` key such as ``/pets/GET`` into (http method, resource path)."""
    if not original_path.startswith("/"):
        raise UnscopedValidationError(f"Method options path must start with '/': {original_path}")
    path = original_path[1:]
    components = path.split("/")
    if len(components) < 2:
        raise UnscopedValidationError(
            "Method options path must include at least two components: /{resource}/{method} "
            f"(i.e. /foo/bar/GET): {path}"
        )
    http_method = components.pop().upper()
    if http_method != "*":
        validate_http_method(http_method, f"{original_path}: ")
    resource_path = "/~1" + "~1".join(components)
    if components == ["*"]:
        resource_path = "/*"
    elif components == [""]:
        resource_path = "/"
    return http_method, resource_path


def parse_aws_api_call(
    path: str | None, action: str | None, action_params: Mapping[str, str] | None
) -> tuple[str, str]:
    """The (api type, api value) of an AWS service integration: ``("path", path)`` or ``("action", query)``."""
    if action_params and not action:
        raise UnscopedValidationError('"actionParams" requires that "action" will be set')
    if path and action:
        raise UnscopedValidationError(
            f'"path" and "action" are mutually exclusive (path="{path}", action="{action}")'
        )
    if path:
        return "path", path
    if action:
        if action_params:
            # Node's url.format({query}) percent-encodes like querystring.stringify (space as %20)
            query = "&".join(
                f"{_qs_escape(k)}={_qs_escape(v)}" for k, v in action_params.items()
            )
            action = f"{action}&{query}"
        return "action", action
    raise UnscopedValidationError('Either "path" or "action" are required')


def _qs_escape(value: str) -> str:
    return quote_plus(str(value), safe="-_.!~*'()").replace("+", "%20")


def validate_resource_path_part(part: str) -> bool:
    """True when ``part`` is a valid path part (``{name}`` and ``{name+}`` allowed)."""
    if part.startswith("{") and part.endswith("}"):
        part = part[1:-1]
        if part.endswith("+"):
            part = part[:-1]
    return bool(_PATH_PART.match(part))


def validate_integer(value: float | None, message_prefix: str) -> None:
    """Raise when ``value`` is set and not an integer."""
    if value and not float(value).is_integer():
        raise UnscopedValidationError(f"{message_prefix} should be an integer")


def path_for_arn(path: str) -> str:
    """A resource path with its ``{params}`` replaced by ``*`` (for execute-api ARNs)."""
    return re.sub(r"\{[^}]*\}", "*", path)
