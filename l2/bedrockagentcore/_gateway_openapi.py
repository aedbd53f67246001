"""The checks an inline OpenAPI schema of a gateway target passes (as aws-cdk-lib words them)."""

from __future__ import annotations

import json
from typing import Any

from constructs import Token

_METHODS = ("get", "post", "put", "delete", "patch", "head", "options")
_REQUEST_MEDIA = ("application/json", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded")
_RESPONSE_MEDIA = ("application/json", "application/xml")


def _version(schema: dict[str, Any], name: str, errors: list[str]) -> None:
    version = schema.get("openapi")
    if not version:
        errors.append(f"{name} must include an 'openapi' field specifying the version")
    elif not isinstance(version, str):
        errors.append(f"{name} 'openapi' field must be a string")
    elif not version.startswith(("3.0.", "3.1.")):
        errors.append(f"{name} version {version} is not supported. Only OpenAPI 3.0.x and 3.1.x are supported")


def _servers(schema: dict[str, Any], name: str, errors: list[str]) -> None:
    servers = schema.get("servers")
    if not servers or not isinstance(servers, list):
        errors.append(f"{name} must include at least one server with a valid URL")
        return
    for index, server in enumerate(servers):
        url = server.get("url") if isinstance(server, dict) else None
        if not url or not isinstance(url, str):
            errors.append(f"{name} server[{index}] must have a valid URL")
        elif "://" not in url:
            errors.append(f"{name} server[{index}] URL must contain a protocol (e.g., http:// or https://)")
        else:
            protocol = url[:url.index("://")]
            if "{" not in protocol and protocol.lower() not in ("http", "https"):
                errors.append(f"{name} server[{index}] URL must use HTTP or HTTPS protocol")


def _paths(schema: dict[str, Any], name: str, errors: list[str]) -> None:
    paths = schema.get("paths")
    if not paths or not isinstance(paths, dict):
        errors.append(f"{name} must include a 'paths' object")
        return
    missing_id: list[str] = []
    media: dict[str, None] = {}
    complex_paths: list[str] = []
    for path, item in paths.items():
        if "{;" in path or "{?" in path or "{*}" in path:
            complex_paths.append(path)
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if not operation:
                continue
            if not operation.get("operationId"):
                missing_id.append(f"{method.upper()} {path}")
            content = (operation.get("requestBody") or {}).get("content")
            if content:
                for media_type in content:
                    if media_type not in _REQUEST_MEDIA:
                        media[media_type] = None
            for response in (operation.get("responses") or {}).values():
                if isinstance(response, dict) and response.get("content"):
                    for media_type in response["content"]:
                        if media_type not in _RESPONSE_MEDIA:
                            media[media_type] = None
            for idx, param in enumerate(operation.get("parameters") or []):
                style = param.get("style") if isinstance(param, dict) else None
                if style in ("matrix", "label", "deepObject"):
                    errors.append(f"{name} {method.upper()} {path} parameter[{idx}] uses unsupported serialization "
                                  f"style: {style}")
    if missing_id:
        errors.append(f"{name} operations must include 'operationId' field. Missing in: {', '.join(missing_id)}")
    if complex_paths:
        errors.append(f"{name} contains unsupported complex path parameter serializers in: {', '.join(complex_paths)}")
    if media:
        errors.append(f"{name} uses unsupported media types: {', '.join(media)}. Only application/json, "
                      "application/xml, multipart/form-data, and application/x-www-form-urlencoded are supported")


def _composition(obj: Any, name: str, errors: list[str], path: str = "") -> None:
    if not obj or not isinstance(obj, dict):
        return
    for keyword in ("oneOf", "anyOf", "allOf"):
        if keyword in obj:
            errors.append(f"{name} contains unsupported '{keyword}' schema composition at {path or 'root'}")
    for key, value in obj.items():
        if key in ("oneOf", "anyOf", "allOf") or not value or not isinstance(value, (dict, list)):
            continue
        new_path = f"{path}.{key}" if path else key
        if isinstance(value, list):
            for index, item in enumerate(value):
                _composition(item, name, errors, f"{new_path}[{index}]")
        else:
            _composition(value, name, errors, new_path)


def validate_open_api_schema(schema: str, name: str = "OpenAPI schema") -> list[str]:
    """The problems of the OpenAPI ``schema`` (JSON text); none for a token."""
    errors: list[str] = []
    if Token.is_unresolved(schema):
        return errors
    try:
        obj = json.loads(schema)
    except ValueError as e:
        return [f"{name} must be in JSON format. YAML is not supported. Error: {e}"]
    if not isinstance(obj, dict):
        return errors
    _version(obj, name, errors)
    _servers(obj, name, errors)
    _paths(obj, name, errors)
    components = obj.get("components")
    if isinstance(components, dict) and components.get("schemas"):
        _composition(components["schemas"], name, errors, "components.schemas")
    if obj.get("definitions"):
        _composition(obj["definitions"], name, errors, "definitions")
    if obj.get("paths"):
        _composition(obj["paths"], name, errors, "paths")
    if isinstance(obj.get("security"), list) and obj["security"]:
        errors.append(f"{name} contains security schemes at the OpenAPI specification level. Authentication must be "
                      "configured using the Gateway's outbound authorization configuration instead")
    paths = obj.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            if isinstance(item, dict):
                for operation in item.values():
                    if isinstance(operation, dict) and operation.get("callbacks"):
                        errors.append(f"{name} contains unsupported 'callbacks' in path {path}")
    if obj.get("webhooks"):
        errors.append(f"{name} contains unsupported 'webhooks'")
    return errors
