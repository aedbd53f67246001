"""IAM.NoFullAccess: no identity policy allows every action on every resource."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import POLICY_TYPES, allow_statements, as_list, only_a_permissions_boundary
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if only_a_permissions_boundary(resource, props):
        return None
    for s in allow_statements(props):
        if "*" in as_list(s.get("Action")) and "*" in as_list(s.get("Resource")):
            return "The policy allows Action * on Resource * (full administrator access)"
    return None


RULE = Rule(
    id="IAM.NoFullAccess",
    level=Level.ERROR,
    resource_types=POLICY_TYPES,
    title="The policy allows every action on every resource",
    why="Action * on Resource * makes the principal an administrator of the account: any compromise of it is a "
    "compromise of everything.",
    fix="Grant the actions and resources the principal uses (grant_* methods), never * on *.",
    check=check,
    nag_ids=("AwsSolutions-IAM5",),
)
