"""The container's web server: ``GET /`` says hello, ``GET /health`` is the load balancer's health check."""

from __future__ import annotations

import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer

PORT = int(os.environ.get("PORT", "8080"))


def respond(path: str) -> tuple[int, dict[str, str]]:
    """The status and JSON body for a ``GET`` of ``path``."""
    if path == "/health":
        return 200, {"status": "ok"}
    if path == "/":
        return 200, {"message": os.environ.get("GREETING", "hello")}
    return 404, {"message": f"no route {path}"}


class Handler(BaseHTTPRequestHandler):
    """Serves ``respond``'s answers as JSON."""

    def do_GET(self) -> None:
        status, body = respond(self.path)
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


if __name__ == "__main__":
    HTTPServer(("", PORT), Handler).serve_forever()
