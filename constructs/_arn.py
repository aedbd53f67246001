"""ARNs: ``ArnFormat``, ``ArnComponents``, ``Arn.format`` / ``Arn.split``."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from constructs._private import structs

from ._errors import ValidationError
from ._fn import Fn
from ._token import Token

if TYPE_CHECKING:
    from constructs._stack import Stack


class ArnFormat(enum.Enum):
    """How the resource part of an ARN is laid out."""

    NO_RESOURCE_NAME = "arn:aws:service:region:account:resource"
    COLON_RESOURCE_NAME = "arn:aws:service:region:account:resource:resourceName"
    SLASH_RESOURCE_NAME = "arn:aws:service:region:account:resource/resourceName"
    SLASH_RESOURCE_SLASH_RESOURCE_NAME = "arn:aws:service:region:account:/resource/resourceName"


@structs.frozen(kw_only=True)
class ArnComponents:
    """The parts of an ARN: ``arn:{partition}:{service}:{region}:{account}:{resource}{sep}{resource_name}``.

    Args:
        service / resource: the service namespace (``s3``) and resource type or name (``bucket``).
        resource_name: what follows the resource, after ``sep`` (or as ``arn_format`` lays it out).
        arn_format: how resource and resource name are joined (``ArnFormat``; default: a ``/`` separator).
        sep: the separator between resource and resource name (deprecated: use ``arn_format``).
        partition / region / account: default the stack's (an empty string leaves the part empty).
    """

    resource: str
    service: str
    account: str | None = None
    arn_format: ArnFormat | None = None
    partition: str | None = None
    region: str | None = None
    resource_name: str | None = None
    sep: str | None = None


def format_arn(components: ArnComponents, stack: Any) -> str:
    """Build an ARN; partition, region and account default to the stack's."""
    c = components
    if Token.is_unresolved(c.service):
        raise ValidationError("ARN component 'service' cannot be a token")
    partition = c.partition if c.partition is not None else stack.partition
    region = c.region if c.region is not None else stack.region
    account = c.account if c.account is not None else stack.account
    fmt = c.arn_format
    if fmt is None:
        if c.sep == ":":
            fmt = ArnFormat.COLON_RESOURCE_NAME
        elif c.resource_name is None:
            fmt = ArnFormat.NO_RESOURCE_NAME
        else:
            fmt = ArnFormat.SLASH_RESOURCE_NAME
    values: list[Any] = ["arn", ":", partition, ":", c.service, ":", region, ":", account, ":"]
    if fmt is ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME:
        values.append("/")
    values.append(c.resource)
    if fmt is not ArnFormat.NO_RESOURCE_NAME and c.resource_name is not None:
        values.append("/" if fmt in (ArnFormat.SLASH_RESOURCE_NAME, ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME) else ":")
        values.append(c.resource_name)
    return "".join(str(v) for v in values)


def split_arn(arn: str, arn_format: ArnFormat) -> ArnComponents:
    """Split an ARN into components.

    A string that starts with ``arn:`` is split as text even when some components are tokens (tokens hold no
    ``:``); any other token is split at deployment with ``Fn::Split`` / ``Fn::Select``.
    """
    if not arn.startswith("arn:"):
        if Token.is_unresolved(arn):
            return _split_token_arn(arn, arn_format)
        raise ValidationError(f"ARNs must start with \"arn:\" and have at least 6 components: {arn}")
    components = arn.split(":")
    partition = components[1] if len(components) > 1 else ""
    if not partition:
        raise ValidationError("The `partition` component (2nd component) of an ARN is required: " + arn)
    service = components[2] if len(components) > 2 else ""
    if not service:
        raise ValidationError("The `service` component (3rd component) of an ARN is required: " + arn)
    if len(components) < 6 or not components[5]:
        raise ValidationError("The `resource` component (6th component) of an ARN is required: " + arn)
    region, account = components[3], components[4]
    resource, resource_name, detected = _split_resource(components[5], components[6:], arn_format)
    if not resource:
        raise ValidationError("The `resource` component (6th component) of an ARN is required: " + arn)
    return ArnComponents(
        partition=partition,
        service=service,
        region=region,
        account=account,
        resource=resource,
        resource_name=resource_name,
        arn_format=detected,
    )


def _split_resource(first: str, rest: list[str], arn_format: ArnFormat) -> tuple[str, str | None, ArnFormat]:
    """Resource, resource name and the format they were found in, from the ARN's 6th ``:``-part and the rest.

    As aws-cdk-lib, the layout is read from the text: a ``/`` in the 6th part separates the resource name
    (after a leading ``/``: the ``/resource/name`` layout), unless the caller said there is no resource name;
    further ``:``-parts belong to the resource name. ``arn_format`` only tells whether a ``/`` separates.
    """
    start = 0
    slash = first.find("/")
    if slash == 0:
        start, slash = 1, first.find("/", 1)
    resource_name: str | None = None
    if slash != -1 and arn_format is not ArnFormat.NO_RESOURCE_NAME:
        detected = ArnFormat.SLASH_RESOURCE_NAME if start == 0 else ArnFormat.SLASH_RESOURCE_SLASH_RESOURCE_NAME
        resource, resource_name = first[start:slash], first[slash + 1 :]
    else:
        detected = ArnFormat.COLON_RESOURCE_NAME if rest else ArnFormat.NO_RESOURCE_NAME
        resource = first
    if rest:
        resource_name = (resource_name + ":" if resource_name else "") + ":".join(rest)
    return resource, resource_name, detected


def _split_token_arn(arn: str, arn_format: ArnFormat) -> ArnComponents:
    parts = Fn.split(":", arn)
    resource_part = Fn.select(5, parts)
    resource_name: str | None
    if arn_format is ArnFormat.NO_RESOURCE_NAME:
        resource, resource_name = resource_part, None
    elif arn_format is ArnFormat.COLON_RESOURCE_NAME:
        resource, resource_name = resource_part, Fn.select(6, parts)
    else:
        split = Fn.split("/", resource_part)
        resource = Fn.select(0, split)
        resource_name = Fn.select(1, split)
    return ArnComponents(
        partition=Fn.select(1, parts),
        service=Fn.select(2, parts),
        region=Fn.select(3, parts),
        account=Fn.select(4, parts),
        resource=resource,
        resource_name=resource_name,
        arn_format=arn_format,
    )


class Arn:
    """Static ARN helpers."""

    @staticmethod
    def format(components: ArnComponents, stack: Stack | None = None) -> str:
        """Build an ARN; without a stack every component must be given."""
        if stack is None:
            missing = [n for n in ("partition", "region", "account") if getattr(components, n) is None]
            if missing:
                raise ValidationError(
                    f"Arn.format: partition ({components.partition}), region ({components.region}), and account "
                    f"({components.account}) must all be passed if stack is not passed."
                )
        return format_arn(components, stack)

    @staticmethod
    def split(arn: str, arn_format: ArnFormat) -> ArnComponents:
        """Split an ARN into components."""
        return split_arn(arn, arn_format)

    @staticmethod
    def extract_resource_name(arn: str, resource_type: str) -> str:
        """The resource name of a ``type/name`` ARN (a token ARN: what follows ``:<type>/``, at deployment)."""
        if not arn.startswith("arn:") and Token.is_unresolved(arn):
            return Fn.select(1, Fn.split(f":{resource_type}/", arn))
        comps = split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME)
        if not Token.is_unresolved(comps.resource) and comps.resource != resource_type:
            raise ValidationError(f"Expected resource type '{resource_type}' in ARN, got '{comps.resource}' in '{arn}'")
        if comps.resource_name is None:
            raise ValidationError(f"Expected resource name in ARN, didn't find one: '{arn}'")
        return comps.resource_name
