"""SNS.EnforceSSL: each topic's policy denies publishing without TLS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import denies_insecure_transport, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for policy in resource.template.referrer_properties(resource.logical_id, "AWS::SNS::TopicPolicy"):
        if any(denies_insecure_transport(s) for s in statements(policy.get("PolicyDocument"))):
            return None
    return "No topic policy denies requests without TLS (aws:SecureTransport)"


RULE = Rule(
    id="SNS.EnforceSSL",
    level=Level.ERROR,
    resource_types=("AWS::SNS::Topic",),
    title="The topic accepts requests without TLS",
    why="Without a Deny on aws:SecureTransport=false, messages can be published over plain HTTP.",
    fix="Set enforce_ssl=True on the topic.",
    check=check,
    nag_ids=("AwsSolutions-SNS3",),
)
