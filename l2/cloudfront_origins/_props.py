"""The props structs of the origins (aws-cdk-lib's ``*Props`` interfaces)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from constructs import Duration
from constructs.internals import structs
from l2.cloudfront import (
    AccessLevel,
    IOrigin,
    IOriginAccessControl,
    IOriginAccessIdentity,
    OriginIpAddressType,
    OriginProtocolPolicy,
    OriginSelectionCriteria,
    OriginSslPolicy,
)


@structs.frozen(kw_only=True)
class S3BucketOriginBaseProps:
    """The options every S3 bucket origin takes (see ``cloudfront.OriginBase`` for each keyword)."""

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
    ip_address_type: OriginIpAddressType | None = None
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


@structs.frozen(kw_only=True)
class FunctionUrlOriginBaseProps(S3BucketOriginBaseProps):
    """The options every Lambda function URL origin takes (``OriginBase``'s keywords)."""


@structs.frozen(kw_only=True)
class FunctionUrlOriginProps(FunctionUrlOriginBaseProps):
    """``FunctionUrlOrigin`` options (see ``FunctionUrlOrigin``)."""

    ip_address_type: OriginIpAddressType | None = None
    keepalive_timeout: Duration | None = None
    read_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class FunctionUrlOriginWithOACProps(FunctionUrlOriginProps):
    """``FunctionUrlOrigin.with_origin_access_control`` options.

    Args:
        origin_access_control: default a new ``FunctionUrlOriginAccessControl``.
    """

    origin_access_control: IOriginAccessControl | None = None


@structs.frozen(kw_only=True)
class LoadBalancerV2OriginProps(HttpOriginProps):
    """``LoadBalancerV2Origin`` options (``HttpOrigin``'s)."""


@structs.frozen(kw_only=True)
class RestApiOriginProps(S3BucketOriginBaseProps):
    """``RestApiOrigin`` options (see ``RestApiOrigin``)."""

    keepalive_timeout: Duration | None = None
    read_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class S3OriginProps(S3BucketOriginBaseProps):
    """``S3Origin`` options (legacy; see ``S3Origin``)."""

    origin_access_identity: IOriginAccessIdentity | None = None


@structs.frozen(kw_only=True)
class VpcOriginProps(S3BucketOriginBaseProps):
    """``VpcOrigin`` options (see ``VpcOrigin``)."""

    domain_name: str | None = None
    keepalive_timeout: Duration | None = None
    read_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class VpcOriginWithEndpointProps(VpcOriginProps):
    """``VpcOrigin.with_ec2_instance`` / ``with_application_load_balancer`` / ``with_network_load_balancer``
    options: ``VpcOriginProps`` plus the new VPC origin's options (see ``cloudfront.VpcOrigin`` for those)."""

    http_port: int | float | None = None
    https_port: int | float | None = None
    origin_ssl_protocols: Sequence[OriginSslPolicy] | None = None
    protocol_policy: OriginProtocolPolicy | None = None
    vpc_origin_name: str | None = None
