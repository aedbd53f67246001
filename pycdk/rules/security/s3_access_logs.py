"""S3.AccessLogs: each bucket writes server access logs (except buckets that receive them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._private.cfn import ref_target
from .._rule import Level, Resource, Rule


def check(props: Mapping[str, Any], resource: Resource) -> str | None:
    if isinstance(props.get("LoggingConfiguration"), dict):
        return None
    view = resource.template
    for other in view.referrers(resource.logical_id, "AWS::S3::Bucket"):
        logging = view.properties(other).get("LoggingConfiguration")
        if isinstance(logging, dict) and ref_target(logging.get("DestinationBucketName")) == resource.logical_id:
            return None  # a log bucket: logging its own access would loop
    return "The bucket does not write server access logs"


RULE = Rule(
    id="S3.AccessLogs",
    level=Level.ERROR,
    resource_types=("AWS::S3::Bucket",),
    title="The bucket does not write server access logs",
    why="Server access logs record each request (who, what, when); without them a security review or an "
    "incident investigation cannot tell who read or changed the bucket's objects.",
    fix="Set server_access_logs_bucket (and server_access_logs_prefix) to a bucket kept for logs.",
    check=check,
    nag_ids=("AwsSolutions-S1",),
    location="Properties/LoggingConfiguration",
)
