"""IAM.NoWildcardResources: identity policies name their resources."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import POLICY_TYPES, allow_statements, as_list, only_a_permissions_boundary, render
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    if only_a_permissions_boundary(resource, props):
        return None
    found: dict[str, None] = {}
    for s in allow_statements(props):
        for target in as_list(s.get("Resource")):
            text = target if isinstance(target, str) else render(target)
            if "*" in text:
                found[f"Resource::{text}"] = None
    return list(found) or None


RULE = Rule(
    id="IAM.NoWildcardResources",
    level=Level.WARNING,
    resource_types=POLICY_TYPES,
    title="The policy allows actions on wildcard resources",
    why="A wildcard resource reaches every matching resource of the account, today's and future ones.",
    fix="Name the resources' ARNs, or suppress with applies_to naming the wildcard (e.g. objects of one bucket, "
    "Resource::<Bucket.Arn>/*) and why.",
    check=check,
    nag_ids=("AwsSolutions-IAM5",),
)
