"""Cross-resource rules of aws-cdk-lib's default validation that need no network.

E3505: an SQS queue that feeds a Lambda function through an event source mapping must keep messages invisible at
least as long as the function may run (``VisibilityTimeout`` >= the function's ``Timeout``). As aws-cdk-lib's
engine, the rule applies when the queue's visibility timeout is written in the template; a function without
``Timeout`` runs up to 3 seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _target(value: Any, resources: Mapping[str, Any], resource_type: str) -> tuple[str, dict[str, Any]] | None:
    """``(logical id, body)`` of the resource of ``resource_type`` that ``value`` (a Ref or GetAtt) names."""
    if type(value) is not dict or len(value) != 1:
        return None
    lid: Any = value.get("Ref")
    if lid is None:
        att = value.get("Fn::GetAtt")
        if type(att) is list and att:
            lid = att[0]
        elif type(att) is str:
            lid = att.split(".", 1)[0]
    body = resources.get(lid) if type(lid) is str else None
    if type(body) is dict and body.get("Type") == resource_type:
        return lid, body
    return None


def _seconds(body: dict[str, Any], prop: str, default: int | None) -> int | None:
    props = body.get("Properties")
    value = props.get(prop, default) if type(props) is dict else default
    return value if type(value) is int else None


def sqs_visibility_findings(resources: Mapping[str, Any], mappings: list[str]) -> list[tuple[str, str]]:
    """``(queue logical id, description)`` for each event source mapping (``mappings``: their logical ids) whose
    queue's visibility timeout is below its function's timeout."""
    out: list[tuple[str, str]] = []
    for lid in mappings:
        props = resources[lid].get("Properties")
        if type(props) is not dict:
            continue
        queue = _target(props.get("EventSourceArn"), resources, "AWS::SQS::Queue")
        function = _target(props.get("FunctionName"), resources, "AWS::Lambda::Function")
        if queue is None or function is None:
            continue
        visibility, timeout = _seconds(queue[1], "VisibilityTimeout", None), _seconds(function[1], "Timeout", 3)
        if visibility is not None and timeout is not None and visibility < timeout:
            out.append((queue[0], f"VisibilityTimeout: Queue visibility timeout ({visibility}) is less than "
                             f"Function timeout ({timeout}) seconds"))
    return out
