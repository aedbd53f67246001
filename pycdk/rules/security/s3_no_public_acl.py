"""S3.NoPublicAcl: no bucket has a canned ACL that grants access to everyone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule

_PUBLIC = {"PublicRead", "PublicReadWrite", "AuthenticatedRead"}


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    acl = props.get("AccessControl")
    return f"The bucket's canned ACL {acl} grants access beyond the account" if isinstance(acl, str) and acl in _PUBLIC else None


RULE = Rule(
    id="S3.NoPublicAcl",
    level=Level.ERROR,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket has a public canned ACL",
    why="PublicRead, PublicReadWrite and AuthenticatedRead let anyone (or any AWS account) list or read, and "
    "with PublicReadWrite write, the bucket's objects.",
    fix="Remove access_control (ACLs are disabled by default) and grant access with policies.",
    check=check,
    location="Properties/AccessControl",
)
