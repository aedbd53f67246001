"""KMS.KeyPolicyNoPublicPrincipal: no key policy allows everyone without a condition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import principal_is_public, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for s in statements(props.get("KeyPolicy")):
        if s.get("Effect") == "Allow" and principal_is_public(s.get("Principal")) and not s.get("Condition"):
            return "The key policy allows any principal without a condition"
    return None


RULE = Rule(
    id="KMS.KeyPolicyNoPublicPrincipal",
    level=Level.ERROR,
    resource_types=("AWS::KMS::Key",),
    title="The key policy allows any principal",
    why="Principal * with no condition lets any AWS account use (or manage) the key.",
    fix="Name the principals in the key policy (key.grant_* methods), or add a condition such as "
    "kms:CallerAccount or aws:PrincipalOrgID.",
    check=check,
    location="Properties/KeyPolicy",
)
