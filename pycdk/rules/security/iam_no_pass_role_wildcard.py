"""IAM.NoPassRoleWildcard: iam:PassRole is limited to named roles."""

from __future__ import annotations

from collections.abc import Mapping
from fnmatch import fnmatchcase
from typing import Any

from .._private.cfn import POLICY_TYPES, allow_statements, as_list, only_a_permissions_boundary
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if only_a_permissions_boundary(resource, props):
        return None
    for s in allow_statements(props):
        actions = [a.lower() for a in as_list(s.get("Action")) if isinstance(a, str) and a != "*"]
        if any(fnmatchcase("iam:passrole", a) for a in actions) and "*" in as_list(s.get("Resource")):
            return "The policy allows iam:PassRole on every role (Resource *)"
    return None


RULE = Rule(
    id="IAM.NoPassRoleWildcard",
    level=Level.ERROR,
    resource_types=POLICY_TYPES,
    title="iam:PassRole is allowed on every role",
    why="Passing any role lets the principal hand a more privileged role to a service it controls (a Lambda "
    "function, an EC2 instance) and act with that role: a privilege escalation.",
    fix="Name the roles that may be passed (role.grant_pass_role(principal)), and add an iam:PassedToService "
    "condition.",
    check=check,
)
