"""``CloudFrontWebDistribution``: the legacy distribution construct, configured by source configurations and
behaviors instead of origins and cache policies (deprecated in aws-cdk-lib for ``Distribution``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource, ValidationError
from constructs.internals import structs
from l1.cloudfront import CfnDistribution
from l2.cloudfront._access import IOriginAccessIdentity
from l2.cloudfront._distribution import GeoRestriction, IDistribution
from l2.cloudfront._enums import (
    CloudFrontAllowedCachedMethods,
    CloudFrontAllowedMethods,
    FailoverStatusCode,
    HttpVersion,
    LambdaEdgeEventType,
    OriginProtocolPolicy,
    OriginSslPolicy,
    PriceClass,
    SecurityPolicyProtocol,
    SSLMethod,
    ViewerProtocolPolicy,
)
from l2.cloudfront._function import FunctionAssociation
from l2.cloudfront._grants import DistributionGrants, _distribution_arn
from l2.cloudfront._keys import IKeyGroup
from l2.cloudfront._references import DistributionReference

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IVersion
    from l2.s3 import IBucket

_METHODS = {
    "GH": ["GET", "HEAD"],
    "GHO": ["GET", "HEAD", "OPTIONS"],
    "ALL": ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
}
_P = SecurityPolicyProtocol
_VALID_SSL_PROTOCOLS = {
    SSLMethod.SNI.value: [_P.TLS_V1, _P.TLS_V1_1_2016, _P.TLS_V1_2016, _P.TLS_V1_2_2018, _P.TLS_V1_2_2019,
                          _P.TLS_V1_2_2021],
    SSLMethod.VIP.value: [_P.SSL_V3, _P.TLS_V1],
    SSLMethod.STATIC_IP.value: [_P.TLS_V1_2_2018, _P.TLS_V1_2_2019, _P.TLS_V1_2_2021],
}


@structs.frozen(kw_only=True)
class LambdaFunctionAssociation:
    """A Lambda@Edge function version run on a legacy behavior's event.

    Args:
        event_type: the event it runs on.
        lambda_function: the function version (not ``$LATEST``).
        include_body: expose the request body (request events only).
    """

    event_type: LambdaEdgeEventType
    lambda_function: IVersion
    include_body: bool | None = None


@structs.frozen(kw_only=True)
class Behavior:
    """A cache behavior of a ``CloudFrontWebDistribution`` source (one per distribution is the default).

    Args:
        allowed_methods: default ``GET_HEAD``.
        cached_methods: default ``GET_HEAD``.
        compress: default ``True``.
        default_ttl / max_ttl / min_ttl: the cache TTLs.
        forwarded_values: default no query string and no cookies.
        function_associations: CloudFront Functions.
        is_default_behavior: the distribution's default behavior.
        lambda_function_associations: Lambda@Edge functions.
        path_pattern: required on every non-default behavior.
        trusted_key_groups: key groups that sign URLs/cookies.
        trusted_signers: AWS account ids that sign URLs/cookies (legacy).
        viewer_protocol_policy: default the distribution's, else ``REDIRECT_TO_HTTPS``.
    """

    allowed_methods: CloudFrontAllowedMethods | None = None
    cached_methods: CloudFrontAllowedCachedMethods | None = None
    compress: bool | None = None
    default_ttl: Duration | None = None
    forwarded_values: CfnDistribution.ForwardedValuesProperty | Mapping[str, Any] | None = None
    function_associations: Sequence[FunctionAssociation] | None = None
    is_default_behavior: bool | None = None
    lambda_function_associations: Sequence[LambdaFunctionAssociation] | None = None
    max_ttl: Duration | None = None
    min_ttl: Duration | None = None
    path_pattern: str | None = None
    trusted_key_groups: Sequence[IKeyGroup] | None = None
    trusted_signers: Sequence[str] | None = None
    viewer_protocol_policy: ViewerProtocolPolicy | None = None


@structs.frozen(kw_only=True)
class CustomOriginConfig:
    """A custom (HTTP) origin of a ``CloudFrontWebDistribution`` source.

    Args:
        domain_name: the origin's domain name.
        allowed_origin_ssl_versions: default ``[OriginSslPolicy.TLS_V1_2]``.
        http_port / https_port: default 80 / 443.
        origin_headers: headers sent to the origin.
        origin_keepalive_timeout / origin_read_timeout: default 5 s / 30 s.
        origin_path: a path prepended to requests.
        origin_protocol_policy: default ``HTTPS_ONLY``.
        origin_shield_region: the Origin Shield region.
    """

    domain_name: str
    allowed_origin_ssl_versions: Sequence[OriginSslPolicy] | None = None
    http_port: int | float | None = None
    https_port: int | float | None = None
    origin_headers: Mapping[str, str] | None = None
    origin_keepalive_timeout: Duration | None = None
    origin_path: str | None = None
    origin_protocol_policy: OriginProtocolPolicy | None = None
    origin_read_timeout: Duration | None = None
    origin_shield_region: str | None = None


@structs.frozen(kw_only=True)
class S3OriginConfig:
    """An S3 bucket origin of a ``CloudFrontWebDistribution`` source.

    Args:
        s3_bucket_source: the bucket.
        origin_access_identity: an identity granted ``s3:GetObject`` in the bucket policy (default none).
        origin_headers: headers sent to the origin.
        origin_path: a path prepended to requests.
        origin_shield_region: the Origin Shield region.
    """

    s3_bucket_source: IBucket
    origin_access_identity: IOriginAccessIdentity | None = None
    origin_headers: Mapping[str, str] | None = None
    origin_path: str | None = None
    origin_shield_region: str | None = None


@structs.frozen(kw_only=True)
class SourceConfiguration:
    """An origin (S3 or custom, with an optional failover origin) and its behaviors.

    Args:
        behaviors: the behaviors served by this origin.
        connection_attempts: 1 to 3 (default 3).
        connection_timeout: 1 to 10 seconds (default 10).
        custom_origin_source / s3_origin_source: the origin (exactly one).
        failover_custom_origin_source / failover_s3_origin_source: a failover origin (an origin group).
        failover_criteria_status_codes: default 500, 502, 503 and 504.
        origin_shield_region: the Origin Shield region.
    """

    behaviors: Sequence[Behavior]
    connection_attempts: int | float | None = None
    connection_timeout: Duration | None = None
    custom_origin_source: CustomOriginConfig | None = None
    failover_criteria_status_codes: Sequence[FailoverStatusCode] | None = None
    failover_custom_origin_source: CustomOriginConfig | None = None
    failover_s3_origin_source: S3OriginConfig | None = None
    origin_shield_region: str | None = None
    s3_origin_source: S3OriginConfig | None = None


@structs.frozen(kw_only=True)
class LoggingConfiguration:
    """Standard logging of a ``CloudFrontWebDistribution``.

    Args:
        bucket: default a new S3-managed-encrypted bucket.
        include_cookies: default ``False``.
        prefix: the log files' prefix.
    """

    bucket: IBucket | None = None
    include_cookies: bool | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class ViewerCertificateOptions:
    """The options of a ``ViewerCertificate``.

    Args:
        aliases: the distribution's alternate domain names.
        security_policy: the minimum TLS policy (must suit ``ssl_method``).
        ssl_method: default ``SSLMethod.SNI``.
    """

    aliases: Sequence[str] | None = None
    security_policy: SecurityPolicyProtocol | None = None
    ssl_method: SSLMethod | None = None


class ViewerCertificate:
    """The certificate of a ``CloudFrontWebDistribution`` (ACM, IAM, or CloudFront's default) and its aliases; build
    one with the static methods.

    Args:
        props: the ``ViewerCertificate`` property of the distribution.
        aliases: the distribution's alternate domain names.
    """

    def __init__(self, props: CfnDistribution.ViewerCertificateProperty, aliases: Sequence[str] | None = None) -> None:
        self.props = props
        self.aliases: list[str] = list(aliases or [])

    @staticmethod
    def from_acm_certificate(
        certificate: ICertificate,
        *,
        aliases: Sequence[str] | None = None,
        security_policy: SecurityPolicyProtocol | None = None,
        ssl_method: SSLMethod | None = None,
    ) -> ViewerCertificate:
        """An ACM certificate (in us-east-1)."""
        return ViewerCertificate(CfnDistribution.ViewerCertificateProperty(
            acm_certificate_arn=certificate.certificate_arn,
            ssl_support_method=(ssl_method or SSLMethod.SNI).value,
            minimum_protocol_version=security_policy.value if security_policy is not None else None,
        ), aliases)

    @staticmethod
    def from_iam_certificate(
        iam_certificate_id: str,
        *,
        aliases: Sequence[str] | None = None,
        security_policy: SecurityPolicyProtocol | None = None,
        ssl_method: SSLMethod | None = None,
    ) -> ViewerCertificate:
        """An IAM server certificate, by id."""
        return ViewerCertificate(CfnDistribution.ViewerCertificateProperty(
            iam_certificate_id=iam_certificate_id,
            ssl_support_method=(ssl_method or SSLMethod.SNI).value,
            minimum_protocol_version=security_policy.value if security_policy is not None else None,
        ), aliases)

    @staticmethod
    def from_cloud_front_default_certificate(*aliases: str) -> ViewerCertificate:
        """CloudFront's default certificate (``*.cloudfront.net``)."""
        return ViewerCertificate(CfnDistribution.ViewerCertificateProperty(cloud_front_default_certificate=True),
                                 list(aliases))


@structs.frozen(kw_only=True)
class CloudFrontWebDistributionAttributes:
    """An existing distribution.

    Args:
        distribution_id: its id.
        domain_name: its domain name (``d111111abcdef8.cloudfront.net``).
    """

    distribution_id: str
    domain_name: str


@structs.frozen(kw_only=True)
class CloudFrontWebDistributionProps:
    """The properties of a ``CloudFrontWebDistribution`` (see ``CloudFrontWebDistribution``)."""

    origin_configs: Sequence[SourceConfiguration]
    comment: str | None = None
    default_root_object: str | None = None
    enabled: bool | None = None
    enable_ip_v6: bool | None = None
    error_configurations: Sequence[CfnDistribution.CustomErrorResponseProperty | Mapping[str, Any]] | None = None
    geo_restriction: GeoRestriction | None = None
    http_version: HttpVersion | None = None
    logging_config: LoggingConfiguration | None = None
    price_class: PriceClass | None = None
    viewer_certificate: ViewerCertificate | None = None
    viewer_protocol_policy: ViewerProtocolPolicy | None = None
    web_acl_id: str | None = None


class _WebDistributionBase(Resource):
    distribution_id: str

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN."""
        return _distribution_arn(self)

    @property
    def grants(self) -> DistributionGrants:
        """The IAM grants on this distribution."""
        return DistributionGrants.from_distribution(self)

    @property
    def distribution_ref(self) -> DistributionReference:
        """A reference to this distribution."""
        return DistributionReference(distribution_id=self.distribution_id)

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this distribution."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=identity, actions=list(actions),
                                          resource_arns=[_distribution_arn(self)])

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Grant ``cloudfront:CreateInvalidation`` on this distribution."""
        return self.grants.create_invalidation(identity)


class _ImportedWebDistribution(_WebDistributionBase):
    def __init__(self, scope: Construct, id: str, distribution_id: str, domain_name: str) -> None:
        super().__init__(scope, id)
        self.domain_name = domain_name
        self.distribution_domain_name = domain_name
        self.distribution_id = distribution_id


class CloudFrontWebDistribution(_WebDistributionBase):
    """A CloudFront distribution configured the legacy way (``AWS::CloudFront::Distribution``).

    Args:
        origin_configs: the origins and their behaviors (exactly one behavior is the default).
        comment: a comment (cut to 128 characters).
        default_root_object: default ``index.html``.
        enabled: default ``True``.
        enable_ip_v6: default ``True``.
        error_configurations: custom error responses (``CfnDistribution.CustomErrorResponseProperty``).
        geo_restriction: country restriction.
        http_version: default ``HttpVersion.HTTP2``.
        logging_config: standard logging to S3 (default none).
        price_class: default ``PriceClass.PRICE_CLASS_100``.
        viewer_certificate: default CloudFront's default certificate.
        viewer_protocol_policy: the behaviors' default (else ``REDIRECT_TO_HTTPS``).
        web_acl_id: a WAF web ACL.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.CloudFrontWebDistribution"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        origin_configs: Sequence[SourceConfiguration],
        comment: str | None = None,
        default_root_object: str | None = None,
        enabled: bool | None = None,
        enable_ip_v6: bool | None = None,
        error_configurations: Sequence[CfnDistribution.CustomErrorResponseProperty | Mapping[str, Any]] | None = None,
        geo_restriction: GeoRestriction | None = None,
        http_version: HttpVersion | None = None,
        logging_config: LoggingConfiguration | None = None,
        price_class: PriceClass | None = None,
        viewer_certificate: ViewerCertificate | None = None,
        viewer_protocol_policy: ViewerProtocolPolicy | None = None,
        web_acl_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        trimmed = f"{comment[:125]}..." if comment and len(comment) > 128 else comment
        behaviors: list[tuple[Behavior, str]] = []
        origins: list[dict[str, Any]] = []
        origin_groups: list[dict[str, Any]] = []
        for index, config in enumerate(origin_configs, start=1):
            origin_id = f"origin{index}"
            origin = self._to_origin_property(config, origin_id)
            if config.failover_custom_origin_source or config.failover_s3_origin_source:
                secondary_id = f"originSecondary{index}"
                secondary = self._to_origin_property(SourceConfiguration(
                    behaviors=[], s3_origin_source=config.failover_s3_origin_source,
                    custom_origin_source=config.failover_custom_origin_source,
                    origin_shield_region=config.origin_shield_region,
                ), secondary_id)
                group_id = f"OriginGroup{index}"
                codes = [c.value for c in config.failover_criteria_status_codes] \
                    if config.failover_criteria_status_codes is not None else [500, 502, 503, 504]
                origin_groups.append({
                    "id": group_id,
                    "members": {"items": [{"origin_id": origin_id}, {"origin_id": secondary_id}], "quantity": 2},
                    "failover_criteria": {"status_codes": {"items": codes, "quantity": len(codes)}},
                })
                origin_id = group_id
                origins.append(secondary)
            behaviors.extend((b, origin_id) for b in config.behaviors)
            origins.append(origin)
        for origin in origins:
            if origin.get("s3_origin_config") is None and origin.get("custom_origin_config") is None:
                raise ValidationError(
                    f"Origin {origin['domain_name']} is missing either S3OriginConfig or CustomOriginConfig. "
                    "At least 1 must be specified.", self,
                )
        defaults = [(b, o) for b, o in behaviors if b.is_default_behavior]
        if len(defaults) != 1:
            raise ValidationError(
                "There can only be one default behavior across all sources. [ One default behavior per "
                "distribution ].", self,
            )
        others = []
        for behavior, origin_id in behaviors:
            if behavior.is_default_behavior:
                continue
            if not behavior.path_pattern:
                raise ValidationError("pathPattern is required for all non-default behaviors", self)
            others.append(self._to_behavior(behavior, origin_id, viewer_protocol_policy))
        config_props: dict[str, Any] = {
            "comment": trimmed,
            "enabled": True if enabled is None else enabled,
            "default_root_object": "index.html" if default_root_object is None else default_root_object,
            "http_version": (http_version or HttpVersion.HTTP2).value,
            "price_class": (price_class or PriceClass.PRICE_CLASS_100).value,
            "ipv6_enabled": True if enable_ip_v6 is None else enable_ip_v6,
            "custom_error_responses": list(error_configurations) if error_configurations is not None else None,
            "web_acl_id": web_acl_id,
            "origins": origins,
            "origin_groups": {"items": origin_groups, "quantity": len(origin_groups)} if origin_groups else None,
            "default_cache_behavior": self._to_behavior(defaults[0][0], defaults[0][1], viewer_protocol_policy),
            "cache_behaviors": others or None,
        }
        if viewer_certificate is not None:
            config_props["aliases"] = viewer_certificate.aliases
            config_props["viewer_certificate"] = viewer_certificate.props
            self._validate_ssl(viewer_certificate.props)
        else:
            config_props["viewer_certificate"] = {"cloud_front_default_certificate": True}
        self.logging_bucket: IBucket | None = None
        if logging_config is not None:
            bucket = logging_config.bucket
            if bucket is None:
                from l2 import s3

                bucket = s3.Bucket(self, "LoggingBucket", encryption=s3.BucketEncryption.S3_MANAGED)
            self.logging_bucket = bucket
            config_props["logging"] = {
                "bucket": bucket.bucket_regional_domain_name,
                "include_cookies": bool(logging_config.include_cookies),
                "prefix": logging_config.prefix,
            }
        if geo_restriction is not None:
            config_props["restrictions"] = {"geo_restriction": {
                "restriction_type": geo_restriction.restriction_type, "locations": geo_restriction.locations,
            }}
        distribution = CfnDistribution(
            self, "CFDistribution", distribution_config={k: v for k, v in config_props.items() if v is not None}
        )
        self.node.default_child = distribution
        self.domain_name: str = distribution.attr_domain_name
        self.distribution_domain_name: str = distribution.attr_domain_name
        self.distribution_id: str = distribution.ref

    @staticmethod
    def from_distribution_attributes(scope: Construct, id: str, *, distribution_id: str,
                                     domain_name: str) -> IDistribution:
        """Import a distribution by id and domain name."""
        return _ImportedWebDistribution(scope, id, distribution_id, domain_name)

    def _validate_ssl(self, props: CfnDistribution.ViewerCertificateProperty) -> None:
        version = getattr(props, "minimum_protocol_version", None)
        method = getattr(props, "ssl_support_method", None)
        if version is None or method is None:
            return
        valid = [p.value for p in _VALID_SSL_PROTOCOLS.get(method, [])]
        if version not in valid:
            raise ValidationError(
                f"{version} is not compabtible with sslMethod {method}.\n\tValid Protocols are: {', '.join(valid)}",
                self,
            )

    def _to_behavior(self, b: Behavior, origin_id: str, policy: ViewerProtocolPolicy | None) -> dict[str, Any]:
        result: dict[str, Any] = {
            "allowed_methods": _METHODS[(b.allowed_methods or CloudFrontAllowedMethods.GET_HEAD).value],
            "cached_methods": _METHODS[(b.cached_methods or CloudFrontAllowedCachedMethods.GET_HEAD).value],
            "compress": b.compress is not False,
            "default_ttl": b.default_ttl.to_seconds() if b.default_ttl is not None else None,
            "forwarded_values": b.forwarded_values or {"query_string": False, "cookies": {"forward": "none"}},
            "max_ttl": b.max_ttl.to_seconds() if b.max_ttl is not None else None,
            "min_ttl": b.min_ttl.to_seconds() if b.min_ttl is not None else None,
            "trusted_key_groups": [g.key_group_id for g in b.trusted_key_groups]
            if b.trusted_key_groups is not None else None,
            "trusted_signers": list(b.trusted_signers) if b.trusted_signers is not None else None,
            "target_origin_id": origin_id,
            "viewer_protocol_policy": (b.viewer_protocol_policy or policy or ViewerProtocolPolicy.REDIRECT_TO_HTTPS).value,
        }
        if not b.is_default_behavior:
            result["path_pattern"] = b.path_pattern
        if b.function_associations:
            result["function_associations"] = [
                {"function_arn": a.function.function_arn, "event_type": a.event_type.value}
                for a in b.function_associations
            ]
        if b.lambda_function_associations:
            request_events = (LambdaEdgeEventType.ORIGIN_REQUEST, LambdaEdgeEventType.VIEWER_REQUEST)
            if any(a.include_body and a.event_type not in request_events for a in b.lambda_function_associations):
                raise ValidationError(
                    "'includeBody' can only be true for ORIGIN_REQUEST or VIEWER_REQUEST event types.", self
                )
            result["lambda_function_associations"] = [
                {"event_type": a.event_type.value, "lambda_function_arn": a.lambda_function.edge_arn,
                 "include_body": a.include_body}
                for a in b.lambda_function_associations
            ]
            from l2 import iam

            for a in b.lambda_function_associations:
                role = getattr(a.lambda_function, "role", None)
                if isinstance(role, iam.Role) and role.assume_role_policy is not None:
                    role.assume_role_policy.add_statements(iam.PolicyStatement(
                        actions=["sts:AssumeRole"], principals=[iam.ServicePrincipal("edgelambda.amazonaws.com")]
                    ))
        return {k: v for k, v in result.items() if v is not None}

    def _to_origin_property(self, config: SourceConfiguration, origin_id: str) -> dict[str, Any]:
        s3_source, custom = config.s3_origin_source, config.custom_origin_source
        if s3_source is None and custom is None:
            raise ValidationError(
                "There must be at least one origin source - either an s3OriginSource, a customOriginSource", self
            )
        if s3_source is not None and custom is not None:
            raise ValidationError(
                "There cannot be both an s3OriginSource and a customOriginSource in the same SourceConfiguration.",
                self,
            )
        sources = (s3_source, custom)
        if len([s for s in sources if s is not None and s.origin_headers]) > 1:
            raise ValidationError("Only one originHeaders field allowed across origin and failover origins", self)
        if len([s for s in sources if s is not None and s.origin_path]) > 1:
            raise ValidationError("Only one originPath field allowed across origin and failover origins", self)
        shield_fields = [config.origin_shield_region, *(s.origin_shield_region for s in sources if s is not None)]
        if len([r for r in shield_fields if r]) > 1:
            raise ValidationError("Only one originShieldRegion field allowed across origin and failover origins", self)
        headers = (s3_source.origin_headers if s3_source is not None else None) or (
            custom.origin_headers if custom is not None else None)
        s3_config: dict[str, Any] | None = None
        if s3_source is not None:
            oai = s3_source.origin_access_identity
            if oai is not None:
                from l2 import iam

                s3_source.s3_bucket_source.add_to_resource_policy(iam.PolicyStatement(
                    resources=[s3_source.s3_bucket_source.arn_for_objects("*")], actions=["s3:GetObject"],
                    principals=[oai.grant_principal],
                ))
                s3_config = {"origin_access_identity": f"origin-access-identity/cloudfront/{oai.origin_access_identity_id}"}
            else:
                s3_config = {}
        attempts = config.connection_attempts if config.connection_attempts is not None else 3
        if attempts < 1 or attempts > 3 or attempts != int(attempts):
            raise ValidationError("connectionAttempts: You can specify 1, 2, or 3 as the number of attempts.", self)
        timeout = (config.connection_timeout or Duration.seconds(10)).to_seconds()
        if timeout < 1 or timeout > 10 or timeout != int(timeout):
            raise ValidationError(
                "connectionTimeout: You can specify a number of seconds between 1 and 10 (inclusive).", self
            )
        shield_region = config.origin_shield_region or (custom.origin_shield_region if custom is not None else None) \
            or (s3_source.origin_shield_region if s3_source is not None else None)
        custom_config = None
        if custom is not None:
            custom_config = {
                "http_port": custom.http_port or 80,
                "https_port": custom.https_port or 443,
                "origin_keepalive_timeout": (
                    custom.origin_keepalive_timeout.to_seconds() if custom.origin_keepalive_timeout else 0) or 5,
                "origin_read_timeout": (custom.origin_read_timeout.to_seconds() if custom.origin_read_timeout else 0)
                or 30,
                "origin_protocol_policy": (custom.origin_protocol_policy or OriginProtocolPolicy.HTTPS_ONLY).value,
                "origin_ssl_protocols": [p.value for p in (custom.allowed_origin_ssl_versions
                                                           or [OriginSslPolicy.TLS_V1_2])],
            }
        prop = {
            "id": origin_id,
            "domain_name": s3_source.s3_bucket_source.bucket_regional_domain_name if s3_source is not None
            else custom.domain_name if custom is not None else None,
            "origin_path": (custom.origin_path if custom is not None else None)
            or (s3_source.origin_path if s3_source is not None else None),
            "origin_custom_headers": [{"header_name": k, "header_value": v} for k, v in headers.items()]
            if headers else None,
            "s3_origin_config": s3_config,
            "origin_shield": {"enabled": True, "origin_shield_region": shield_region} if shield_region else None,
            "custom_origin_config": custom_config,
            "connection_attempts": attempts,
            "connection_timeout": timeout,
        }
        return {k: v for k, v in prop.items() if v is not None}
