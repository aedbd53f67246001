"""ARN splitting as aws-cdk-lib's ``Arn.split`` does it.

Stopgap until the core's ``split_arn`` does the same: aws-cdk-lib only treats an ARN as an opaque token
when it does not *look like* an ARN (``arn:`` prefix and at least six ``:``-separated parts). An ARN such
as ``arn:${Partition}:iam::${Account}:role/name`` (what ``format_arn`` builds) is split as text, so the
role name stays the literal ``name``.
"""

from __future__ import annotations

from typing import Any

from constructs import ArnComponents, ArnFormat, Stack


def split_arn(scope: Any, arn: str, arn_format: ArnFormat) -> ArnComponents:
    """Split ``arn`` like aws-cdk-lib: textually when it looks like an ARN, else with ``Fn::Split``."""
    parts = arn.split(":")
    if not (arn.startswith("arn:") and len(parts) >= 6):
        return Stack.of(scope).split_arn(arn, arn_format)
    _, partition, service, region, account, *rest = parts
    resource_part = ":".join(rest)
    resource_name: str | None
    if arn_format is ArnFormat.NO_RESOURCE_NAME:
        resource, resource_name = resource_part, None
    elif arn_format is ArnFormat.COLON_RESOURCE_NAME:
        resource, _, resource_name = resource_part.partition(":")
    elif arn_format is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
        stripped = resource_part[1:] if resource_part.startswith("/") else resource_part
        resource, _, resource_name = stripped.partition("/")
    else:
        resource, sep, resource_name = resource_part.partition("/")
        if not sep:
            resource_name = None
    return ArnComponents(partition=partition, service=service, region=region, account=account, resource=resource,
                         resource_name=resource_name, arn_format=arn_format)
