"""The items API handler (API Gateway Lambda proxy integration), backed by the DynamoDB table ``$TABLE_NAME``.

Routes: ``GET /items`` lists, ``POST /items`` creates (JSON body; an ``id`` is generated), ``GET /items/{id}``
reads and ``DELETE /items/{id}`` deletes. ``route`` takes the table as an argument so that it runs without AWS.
"""

from __future__ import annotations

import json
import os
import uuid
from typing import Any


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Lambda entry point."""
    import boto3  # in the Lambda runtime; imported here so that `route` is testable without it

    table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
    return route(event, table)


def route(event: dict[str, Any], table: Any) -> dict[str, Any]:
    """Answer one proxy-integration ``event`` using ``table`` (a boto3 ``Table`` or anything alike)."""
    method = event.get("httpMethod", "")
    parts = [p for p in (event.get("path") or "/").split("/") if p]
    if not parts or parts[0] != "items" or len(parts) > 2:
        return _response(404, {"message": "not found"})
    if len(parts) == 1:
        if method == "GET":
            return _response(200, {"items": table.scan().get("Items", [])})
        if method == "POST":
            try:
                body = json.loads(event.get("body") or "{}")
            except json.JSONDecodeError:
                return _response(400, {"message": "the body must be a JSON object"})
            if not isinstance(body, dict):
                return _response(400, {"message": "the body must be a JSON object"})
            item = {**body, "id": str(uuid.uuid4())}
            table.put_item(Item=item)
            return _response(201, item)
        return _response(405, {"message": f"{method} not allowed on /items"})
    item_id = parts[1]
    if method == "GET":
        item = table.get_item(Key={"id": item_id}).get("Item")
        return _response(200, item) if item else _response(404, {"message": f"no item {item_id}"})
    if method == "DELETE":
        table.delete_item(Key={"id": item_id})
        return _response(204, None)
    return _response(405, {"message": f"{method} not allowed on /items/{{id}}"})


def _response(status: int, body: Any) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": {"Content-Type": "application/json"},
        "body": "" if body is None else json.dumps(body, default=str),
    }
