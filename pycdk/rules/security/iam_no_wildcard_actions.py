"""IAM.NoWildcardActions: identity policies name their actions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import POLICY_TYPES, allow_statements, as_list, only_a_permissions_boundary
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    if only_a_permissions_boundary(resource, props):
        return None
    found: dict[str, None] = {}
    for s in allow_statements(props):
        for action in as_list(s.get("Action")):
            if isinstance(action, str) and "*" in action:
                found[f"Action::{action}"] = None
    return list(found) or None


RULE = Rule(
    id="IAM.NoWildcardActions",
    level=Level.WARNING,
    resource_types=POLICY_TYPES,
    title="The policy allows wildcard actions",
    why="A wildcard action grants every matching action, including ones added to the service later; least "
    "privilege names the actions the principal needs.",
    fix="List the actions (the grant_* methods of the L2 constructs pick them), or suppress with applies_to "
    "naming the wildcard and why it is acceptable.",
    check=check,
    nag_ids=("AwsSolutions-IAM5",),
)
