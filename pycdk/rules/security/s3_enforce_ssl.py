"""S3.EnforceSSL: each bucket's policy denies requests that do not use TLS."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import denies_insecure_transport, statements
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    for policy in resource.template.referrer_properties(resource.logical_id, "AWS::S3::BucketPolicy"):
        if any(denies_insecure_transport(s) for s in statements(policy.get("PolicyDocument"))):
            return None
    return "No bucket policy denies requests without TLS (aws:SecureTransport)"


RULE = Rule(
    id="S3.EnforceSSL",
    level=Level.ERROR,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket accepts requests without TLS",
    why="Without a Deny on aws:SecureTransport=false, clients can read and write objects over plain HTTP, "
    "where requests and data can be read or altered in transit.",
    fix="Set enforce_ssl=True on the bucket (it adds the Deny statement to the bucket policy).",
    check=check,
    nag_ids=("AwsSolutions-S10",),
)
