"""The API's function: ``GET /hello`` greets; ``GET /version`` says which function version answered."""

from __future__ import annotations

import json
import os
from typing import Any


def route(method: str, path: str, version: str) -> tuple[int, dict[str, str]]:
    """The status and JSON body for ``method path``, answered by function ``version``."""
    if method != "GET":
        return 405, {"message": f"{method} not allowed"}
    if path == "/hello":
        return 200, {"message": "hello"}
    if path == "/version":
        return 200, {"version": version}
    return 404, {"message": f"no route {path}"}


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """HTTP API (payload format 2.0) entry point."""
    http = event.get("requestContext", {}).get("http", {})
    version = getattr(context, "function_version", os.environ.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"))
    status, body = route(http.get("method", "GET"), http.get("path", "/"), version)
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}
