"""The ``*_ref`` reference structs of the CloudFront constructs (aws-cdk-lib's ``interfaces.aws_cloudfront``)."""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class CachePolicyReference:
    """A reference to a cache policy (``cache_policy.cache_policy_ref``)."""

    cache_policy_id: str
    """The ``cache_policy_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class CloudFrontOriginAccessIdentityReference:
    """A reference to an origin access identity."""

    cloud_front_origin_access_identity_id: str
    """The ``cloud_front_origin_access_identity_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class DistributionReference:
    """A reference to a distribution (``distribution.distribution_ref``)."""

    distribution_id: str
    """The ``distribution_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class FunctionReference:
    """A reference to a CloudFront Function (``function.function_ref``)."""

    function_arn: str
    """The ``function_arn`` of the referenced resource."""


@structs.frozen(kw_only=True)
class KeyGroupReference:
    """A reference to a key group."""

    key_group_id: str
    """The ``key_group_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class KeyValueStoreReference:
    """A reference to a KeyValueStore: its ARN and name."""

    key_value_store_arn: str
    """The ``key_value_store_arn`` of the referenced resource."""
    key_value_store_name: str
    """The ``key_value_store_name`` of the referenced resource."""


@structs.frozen(kw_only=True)
class OriginAccessControlReference:
    """A reference to an origin access control."""

    origin_access_control_id: str
    """The ``origin_access_control_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class OriginRequestPolicyReference:
    """A reference to an origin request policy."""

    origin_request_policy_id: str
    """The ``origin_request_policy_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class PublicKeyReference:
    """A reference to a public key."""

    public_key_id: str
    """The ``public_key_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class RealtimeLogConfigReference:
    """A reference to a real-time log configuration."""

    realtime_log_config_arn: str
    """The ``realtime_log_config_arn`` of the referenced resource."""


@structs.frozen(kw_only=True)
class ResponseHeadersPolicyReference:
    """A reference to a response headers policy."""

    response_headers_policy_id: str
    """The ``response_headers_policy_id`` of the referenced resource."""


@structs.frozen(kw_only=True)
class VpcOriginReference:
    """A reference to a VPC origin: its ARN and id."""

    vpc_origin_arn: str
    """The ``vpc_origin_arn`` of the referenced resource."""
    vpc_origin_id: str
    """The ``vpc_origin_id`` of the referenced resource."""
