"""SQS.Encryption: queues do not turn off server-side encryption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import is_false
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if props.get("KmsMasterKeyId") is None and is_false(props.get("SqsManagedSseEnabled")):
        return "The queue turns server-side encryption off (SqsManagedSseEnabled false, no KMS key)"
    return None


RULE = Rule(
    id="SQS.Encryption",
    level=Level.ERROR,
    resource_types=("AWS::SQS::Queue",),
    title="The queue is not encrypted at rest",
    why="Messages often carry personal or business data; SQS encrypts them with SQS-managed keys unless "
    "encryption is turned off.",
    fix="Use encryption=sqs.QueueEncryption.SQS_MANAGED (the default) or KMS, never UNENCRYPTED.",
    check=check,
    nag_ids=("AwsSolutions-SQS2",),
    location="Properties/SqsManagedSseEnabled",
)
