"""IAM.NoUserPolicies: permissions are granted to groups or roles, not to users directly."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if resource.type == "AWS::IAM::User":
        return "The user has policies of its own" if props.get("Policies") or props.get("ManagedPolicyArns") else None
    return "The policy is attached to users" if props.get("Users") else None


RULE = Rule(
    id="IAM.NoUserPolicies",
    level=Level.WARNING,
    resource_types=("AWS::IAM::User", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"),
    title="Permissions are attached to IAM users directly",
    why="Permissions attached to each user drift apart and are hard to review; groups and roles keep them in "
    "one place.",
    fix="Put the user in a group and attach the policy to the group (or use roles).",
    check=check,
)
