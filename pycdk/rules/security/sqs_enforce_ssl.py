"""SQS.EnforceSSL: each queue's policy denies requests that do not use TLS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import denies_insecure_transport, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for policy in resource.template.referrer_properties(resource.logical_id, "AWS::SQS::QueuePolicy"):
        if any(denies_insecure_transport(s) for s in statements(policy.get("PolicyDocument"))):
            return None
    return "No queue policy denies requests without TLS (aws:SecureTransport)"


RULE = Rule(
    id="SQS.EnforceSSL",
    level=Level.ERROR,
    resource_types=("AWS::SQS::Queue",),
    title="The queue accepts requests without TLS",
    why="Without a Deny on aws:SecureTransport=false, messages can be sent and received over plain HTTP.",
    fix="Set enforce_ssl=True on the queue.",
    check=check,
    nag_ids=("AwsSolutions-SQS4",),
)
