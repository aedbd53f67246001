"""IAM.TrustNoPublicPrincipal: no role can be assumed by anyone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import principal_is_public, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for s in statements(props.get("AssumeRolePolicyDocument")):
        if s.get("Effect") == "Allow" and principal_is_public(s.get("Principal")) and not s.get("Condition"):
            return "The role's trust policy lets any principal assume it"
    return None


RULE = Rule(
    id="IAM.TrustNoPublicPrincipal",
    level=Level.ERROR,
    resource_types=("AWS::IAM::Role",),
    title="Any principal may assume the role",
    why="A trust policy with Principal * and no condition lets every AWS account assume the role and use its "
    "permissions.",
    fix="Trust the accounts, services or roles that need it (assumed_by=...), or add a condition "
    "(aws:PrincipalOrgID, sts:ExternalId).",
    check=check,
    location="Properties/AssumeRolePolicyDocument",
)
