"""The worker environment's WSGI app: the SQS daemon POSTs each queue message to ``/tasks``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """Accept a JSON task (200: the daemon deletes the message); anything else is 400 (it is retried)."""
    if environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != "/tasks":
        start_response("400 Bad Request", [("Content-Type", "application/json")])
        return [b'{"message": "POST /tasks only"}']
    length = int(environ.get("CONTENT_LENGTH") or 0)
    try:
        task = json.loads(environ["wsgi.input"].read(length) or b"{}")
    except json.JSONDecodeError:
        start_response("400 Bad Request", [("Content-Type", "application/json")])
        return [b'{"message": "not JSON"}']
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"done": task.get("kind", "unknown")}).encode()]
