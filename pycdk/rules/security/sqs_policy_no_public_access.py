"""SQS.PolicyNoPublicAccess: no queue policy allows everyone without a condition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import principal_is_public, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for s in statements(props.get("PolicyDocument")):
        if s.get("Effect") == "Allow" and principal_is_public(s.get("Principal")) and not s.get("Condition"):
            return "The queue policy allows any principal without a condition"
    return None


RULE = Rule(
    id="SQS.PolicyNoPublicAccess",
    level=Level.ERROR,
    resource_types=("AWS::SQS::QueuePolicy",),
    title="The queue policy allows any principal",
    why="Principal * with no condition lets any AWS account send, receive or delete the queue's messages.",
    fix="Grant to named principals (queue.grant_*), or add a condition (aws:SourceArn for a service "
    "publishing to the queue).",
    check=check,
    location="Properties/PolicyDocument",
)
