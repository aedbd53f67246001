"""SNS.Encryption: topics are encrypted with a KMS key."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    return None if props.get("KmsMasterKeyId") else "The topic is not encrypted at rest (no KmsMasterKeyId)"


RULE = Rule(
    id="SNS.Encryption",
    level=Level.ERROR,
    resource_types=("AWS::SNS::Topic",),
    title="The topic is not encrypted at rest",
    why="SNS keeps messages until they are delivered; unlike SQS, a topic is unencrypted unless given a KMS key.",
    fix="Set master_key=kms.Key(...) (or an alias) on the topic.",
    check=check,
    nag_ids=("AwsSolutions-SNS2",),
    location="Properties/KmsMasterKeyId",
)
