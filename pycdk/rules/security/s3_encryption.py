"""S3.Encryption: each bucket names its default encryption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    config = props.get("BucketEncryption")
    if isinstance(config, dict) and config.get("ServerSideEncryptionConfiguration"):
        return None
    return "The bucket does not configure default encryption (S3 applies SSE-S3)"


RULE = Rule(
    id="S3.Encryption",
    level=Level.WARNING,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket does not configure default encryption",
    why="S3 encrypts new objects with S3-managed keys (SSE-S3) when nothing is set; a KMS key gives key "
    "policies, rotation control and CloudTrail records of each use of the key.",
    fix="Set encryption=s3.BucketEncryption.KMS (or KMS_MANAGED, S3_MANAGED to make the choice explicit).",
    check=check,
    location="Properties/BucketEncryption",
)
