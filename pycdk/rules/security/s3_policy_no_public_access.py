"""S3.PolicyNoPublicAccess: no bucket policy allows everyone without a condition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import as_list, principal_is_public, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> list[str] | None:
    found: list[str] = []
    for s in statements(props.get("PolicyDocument")):
        if s.get("Effect") == "Allow" and principal_is_public(s.get("Principal")) and not s.get("Condition"):
            found.extend(f"Action::{a}" for a in as_list(s.get("Action")) if isinstance(a, str))
    return found or None


RULE = Rule(
    id="S3.PolicyNoPublicAccess",
    level=Level.ERROR,
    resource_types=("AWS::S3::BucketPolicy",),
    title="The bucket policy allows any principal without a condition",
    why="A statement allowing Principal * with no condition opens these actions to every AWS account and "
    "anonymous caller.",
    fix="Name the principals (or grant with bucket.grant_*), or add a condition (aws:SourceArn, "
    "aws:PrincipalOrgID, ...).",
    check=check,
    location="Properties/PolicyDocument",
)
