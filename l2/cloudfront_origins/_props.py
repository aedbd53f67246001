"""The props structs of the origins (aws-cdk-lib's ``*Props`` interfaces)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Duration
from constructs.internals import structs
from l2.cloudfront import (
    AccessLevel,
    IOrigin,
    IOriginAccessControl,
    IOriginAccessIdentity,
    OriginProtocolPolicy,
    OriginSelectionCriteria,
    OriginSslPolicy,
)


@structs.frozen(kw_only=True)
class S3BucketOriginBaseProps:
    """The options every S3 bucket origin takes (``OriginBase``'s keywords)."""

    connection_attempts: int | float | None = None
    connection_timeout: Duration | None = None
    custom_headers: Mapping[str, str] | None = None
    origin_access_control_id: str | None = None
    origin_id: str | None = None
    origin_path: str | None = None
    origin_shield_enabled: bool | None = None
    origin_shield_region: str | None = None
    response_completion_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class S3BucketOriginWithOACProps(S3BucketOriginBaseProps):
    """``S3BucketOrigin.with_origin_access_control`` options.

    Args:
        origin_access_control: default a new ``S3OriginAccessControl``.
        origin_access_levels: default ``[AccessLevel.READ]``.
    """

    origin_access_control: IOriginAccessControl | None = None
    origin_access_levels: Sequence[AccessLevel] | None = None


@structs.frozen(kw_only=True)
class S3BucketOriginWithOAIProps(S3BucketOriginBaseProps):
    """``S3BucketOrigin.with_origin_access_identity`` options.

    Args:
        origin_access_identity: default a new ``OriginAccessIdentity``.
    """

    origin_access_identity: IOriginAccessIdentity | None = None


@structs.frozen(kw_only=True)
class HttpOriginProps(S3BucketOriginBaseProps):
    """``HttpOrigin`` options (see ``HttpOrigin``)."""

    http_port: int | float | None = None
    https_port: int | float | None = None
    ip_address_type: Any = None
    keepalive_timeout: Duration | None = None
    origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None
    protocol_policy: OriginProtocolPolicy | None = None
    read_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class S3StaticWebsiteOriginProps(HttpOriginProps):
    """``S3StaticWebsiteOrigin`` options (``HttpOrigin``'s; ``protocol_policy`` defaults to ``HTTP_ONLY``)."""


@structs.frozen(kw_only=True)
class OriginGroupProps:
    """``OriginGroup`` options (see ``OriginGroup``)."""

    fallback_origin: IOrigin
    primary_origin: IOrigin
    fallback_status_codes: Sequence[int | float] | None = None
    selection_criteria: OriginSelectionCriteria | None = None
