"""S3.BlockPublicAccess: no bucket turns off S3 Block Public Access."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_false
from .._rule import Level, Resource, Rule

_SETTINGS = ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    block = props.get("PublicAccessBlockConfiguration")
    if not isinstance(block, dict):
        return None  # unset: new buckets block all public access (S3's default since April 2023)
    off = [s for s in _SETTINGS if is_false(block.get(s)) or s not in block]
    return f"Block Public Access is not fully on ({', '.join(off)} off)" if off else None


RULE = Rule(
    id="S3.BlockPublicAccess",
    level=Level.ERROR,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket turns off part of S3 Block Public Access",
    why="With any of the four Block Public Access settings off, an ACL or a bucket policy can make objects "
    "readable by anyone on the internet.",
    fix="Use block_public_access=s3.BlockPublicAccess.BLOCK_ALL (or leave it unset); serve public content "
    "through CloudFront with an origin access control instead.",
    check=check,
    nag_ids=("AwsSolutions-S2",),
    location="Properties/PublicAccessBlockConfiguration",
)
