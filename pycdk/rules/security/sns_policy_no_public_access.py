"""SNS.PolicyNoPublicAccess: no topic policy allows everyone without a condition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import principal_is_public, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for s in statements(props.get("PolicyDocument")):
        if s.get("Effect") == "Allow" and principal_is_public(s.get("Principal")) and not s.get("Condition"):
            return "The topic policy allows any principal without a condition"
    return None


RULE = Rule(
    id="SNS.PolicyNoPublicAccess",
    level=Level.ERROR,
    resource_types=("AWS::SNS::TopicPolicy",),
    title="The topic policy allows any principal",
    why="Principal * with no condition lets any AWS account publish to or subscribe to the topic.",
    fix="Grant to named principals (topic.grant_publish), or add a condition (aws:SourceArn, "
    "aws:SourceAccount).",
    check=check,
    location="Properties/PolicyDocument",
)
