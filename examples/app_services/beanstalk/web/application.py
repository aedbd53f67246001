"""The web environment's WSGI app (Beanstalk's Python platform serves ``application``)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from typing import Any


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """``GET /`` says which queue the worker reads; anything else is 404."""
    if environ.get("PATH_INFO", "/") != "/":
        start_response("404 Not Found", [("Content-Type", "application/json")])
        return [b'{"message": "not found"}']
    body = {"service": "notes-web", "worker_queue": os.environ.get("WORKER_QUEUE_URL", "")}
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps(body).encode()]
