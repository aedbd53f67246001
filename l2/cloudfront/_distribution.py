"""``Distribution``: a CloudFront distribution (``AWS::CloudFront::Distribution``) and its behaviors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1.cloudfront import CfnDistribution, CfnMonitoringSubscription
from l2._private.metric_options import given_options as _metric_options
from l2.cloudfront._enums import (
    AllowedMethods,
    CachedMethods,
    HttpVersion,
    LambdaEdgeEventType,
    PriceClass,
    SecurityPolicyProtocol,
    SSLMethod,
    ViewerProtocolPolicy,
)
from l2.cloudfront._function import FunctionAssociation
from l2.cloudfront._grants import DistributionGrants
from l2.cloudfront._keys import IKeyGroup
from l2.cloudfront._origin import IOrigin
from l2.cloudfront._policies import CachePolicy, ICachePolicy, IOriginRequestPolicy, IResponseHeadersPolicy
from l2.cloudfront._realtime_log import IRealtimeLogConfig
from l2.cloudfront._references import DistributionReference

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IVersion
    from l2.s3 import IBucket

_DEFAULT_SECURITY_POLICY_FLAG = "@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021"
_DEFAULT_VIEWER_PROTOCOL_FLAG = "@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps"
_WILDCARD_ONLY_PREFIXES = ("cloudfront:List",)
_WILDCARD_ONLY_ACTIONS = frozenset({
    "cloudfront:CreateFieldLevelEncryptionConfig", "cloudfront:CreateFieldLevelEncryptionProfile",
    "cloudfront:CreateKeyGroup", "cloudfront:CreateMonitoringSubscription", "cloudfront:CreateOriginAccessControl",
    "cloudfront:CreatePublicKey", "cloudfront:CreateSavingsPlan", "cloudfront:DeleteKeyGroup",
    "cloudfront:DeleteMonitoringSubscription", "cloudfront:DeletePublicKey", "cloudfront:GetKeyGroup",
    "cloudfront:GetKeyGroupConfig", "cloudfront:GetMonitoringSubscription", "cloudfront:GetPublicKey",
    "cloudfront:GetPublicKeyConfig", "cloudfront:GetSavingsPlan", "cloudfront:ListAnycastIpLists",
    "cloudfront:ListCachePolicies", "cloudfront:ListCloudFrontOriginAccessIdentities",
    "cloudfront:ListContinuousDeploymentPolicies", "cloudfront:ListDistributions",
    "cloudfront:ListDistributionsByAnycastIpListId", "cloudfront:ListDistributionsByCachePolicyId",
    "cloudfront:ListDistributionsByKeyGroup", "cloudfront:ListDistributionsByLambdaFunction",
    "cloudfront:ListDistributionsByOriginRequestPolicyId", "cloudfront:ListDistributionsByRealtimeLogConfig",
    "cloudfront:ListDistributionsByResponseHeadersPolicyId", "cloudfront:ListDistributionsByVpcOriginId",
    "cloudfront:ListDistributionsByWebACLId", "cloudfront:ListFieldLevelEncryptionConfigs",
    "cloudfront:ListFieldLevelEncryptionProfiles", "cloudfront:ListFunctions", "cloudfront:ListKeyGroups",
    "cloudfront:ListKeyValueStores", "cloudfront:ListOriginAccessControls", "cloudfront:ListOriginRequestPolicies",
    "cloudfront:ListPublicKeys", "cloudfront:ListRateCards", "cloudfront:ListRealtimeLogConfigs",
    "cloudfront:ListResponseHeadersPolicies", "cloudfront:ListSavingsPlans", "cloudfront:ListStreamingDistributions",
    "cloudfront:ListUsages", "cloudfront:ListVpcOrigins", "cloudfront:UpdateFieldLevelEncryptionConfig",
    "cloudfront:UpdateKeyGroup", "cloudfront:UpdatePublicKey", "cloudfront:UpdateSavingsPlan",
})


@runtime_checkable
class IDistribution(Protocol):
    """A CloudFront distribution: ``Distribution`` or one imported with ``from_distribution_attributes``."""

    @property
    def distribution_id(self) -> str:
        """The distribution's id."""
        ...

    @property
    def distribution_domain_name(self) -> str:
        """The distribution's domain name (``d111111abcdef8.cloudfront.net``)."""
        ...

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN."""
        ...

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the distribution."""
        ...

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Grant ``cloudfront:CreateInvalidation`` on the distribution."""
        ...


class GeoRestriction:
    """Which countries may (``allowlist``) or may not (``denylist``) reach the distribution.

    Args:
        restriction_type: ``whitelist`` or ``blacklist`` (CloudFormation's values).
        locations: ISO 3166-1-alpha-2 country codes.
    """

    def __init__(self, restriction_type: str, locations: Sequence[str]) -> None:
        self.restriction_type = restriction_type
        self.locations = list(locations)

    @staticmethod
    def allowlist(*locations: str) -> GeoRestriction:
        """Only these countries (ISO 3166-1-alpha-2 codes)."""
        return GeoRestriction("whitelist", _validate_locations(locations))

    @staticmethod
    def denylist(*locations: str) -> GeoRestriction:
        """Every country but these (ISO 3166-1-alpha-2 codes)."""
        return GeoRestriction("blacklist", _validate_locations(locations))


def _validate_locations(locations: Sequence[str]) -> list[str]:
    if not locations:
        raise UnscopedValidationError("Should provide at least 1 location")
    for loc in locations:
        if not (len(loc) == 2 and loc.isascii() and loc.isalpha() and loc.isupper()):
            raise UnscopedValidationError(
                f"Invalid location format for location: {loc}, location should be two-letter and uppercase "
                "country ISO 3166-1-alpha-2 code"
            )
    return list(locations)


@structs.frozen(kw_only=True)
class ErrorResponse:
    """A custom error response.

    Args:
        http_status: the status code the response applies to.
        response_http_status: the status code returned to viewers (needs ``response_page_path``).
        response_page_path: the path of the custom error page.
        ttl: how long CloudFront caches the error.
    """

    http_status: int | float
    response_http_status: int | float | None = None
    response_page_path: str | None = None
    ttl: Duration | None = None


@structs.frozen(kw_only=True)
class EdgeLambda:
    """A Lambda@Edge function version run on a behavior's event.

    Args:
        event_type: the event the function runs on.
        function_version: the function version (not ``$LATEST``).
        include_body: give the function the request body (request events only).
    """

    event_type: LambdaEdgeEventType
    function_version: IVersion
    include_body: bool | None = None


@structs.frozen(kw_only=True)
class AddBehaviorOptions:
    """The options of a behavior (see ``Distribution.add_behavior``).

    Args:
        allowed_methods: default ``AllowedMethods.ALLOW_GET_HEAD``.
        cached_methods: default ``CachedMethods.CACHE_GET_HEAD``.
        cache_policy: default ``CachePolicy.CACHING_OPTIMIZED``.
        compress: compress responses (default ``True``).
        edge_lambdas: Lambda@Edge functions run on the behavior's events.
        enable_grpc: accept gRPC requests (needs ``AllowedMethods.ALLOW_ALL`` and HTTP/2, no edge lambdas).
        function_associations: CloudFront Functions run on the behavior's events.
        origin_request_policy: what CloudFront forwards to the origin (default none).
        realtime_log_config: a real-time log configuration.
        response_headers_policy: headers CloudFront adds to responses (default none).
        smooth_streaming: serve Microsoft Smooth Streaming media.
        trusted_key_groups: key groups that sign URLs and cookies for private content.
        viewer_protocol_policy: default ``ALLOW_ALL`` (``REDIRECT_TO_HTTPS`` under
            ``@aws-cdk/aws-cloudfront:defaultViewerProtocolPolicyRedirectToHttps``).
    """

    allowed_methods: AllowedMethods | None = None
    cached_methods: CachedMethods | None = None
    cache_policy: ICachePolicy | None = None
    compress: bool | None = None
    edge_lambdas: Sequence[EdgeLambda] | None = None
    enable_grpc: bool | None = None
    function_associations: Sequence[FunctionAssociation] | None = None
    origin_request_policy: IOriginRequestPolicy | None = None
    realtime_log_config: IRealtimeLogConfig | None = None
    response_headers_policy: IResponseHeadersPolicy | None = None
    smooth_streaming: bool | None = None
    trusted_key_groups: Sequence[IKeyGroup] | None = None
    viewer_protocol_policy: ViewerProtocolPolicy | None = None


@structs.frozen(kw_only=True)
class BehaviorOptions(AddBehaviorOptions):
    """A behavior with its origin (the default behavior, or an entry of ``additional_behaviors``); see
    ``AddBehaviorOptions`` for the other keyword arguments.

    Args:
        origin: where matching requests go.
    """

    origin: IOrigin


@structs.frozen(kw_only=True)
class DistributionAttributes:
    """The attributes of an existing distribution.

    Args:
        distribution_id: the distribution's id.
        domain_name: its domain name.
    """

    distribution_id: str
    domain_name: str


def _render_behavior(scope: Construct, origin_id: str, path_pattern: str | None, o: AddBehaviorOptions,
                     viewer_protocol_policy: ViewerProtocolPolicy) -> dict[str, Any]:
    if o.enable_grpc:
        if o.allowed_methods is not AllowedMethods.ALLOW_ALL:
            raise UnscopedValidationError("'allowedMethods' can only be AllowedMethods.ALLOW_ALL if 'enableGrpc' is true")
        if o.edge_lambdas:
            raise UnscopedValidationError("'edgeLambdas' cannot be specified if 'enableGrpc' is true")
    request_events = (LambdaEdgeEventType.ORIGIN_REQUEST, LambdaEdgeEventType.VIEWER_REQUEST)
    if o.edge_lambdas and any(e.include_body and e.event_type not in request_events for e in o.edge_lambdas):
        raise UnscopedValidationError("'includeBody' can only be true for ORIGIN_REQUEST or VIEWER_REQUEST event types.")
    for edge in o.edge_lambdas or ():
        role = getattr(edge.function_version, "role", None)
        assume = getattr(role, "assume_role_policy", None)
        if assume is not None:
            from l2 import iam

            if isinstance(role, iam.Role):
                assume.add_statements(iam.PolicyStatement(
                    actions=["sts:AssumeRole"], principals=[iam.ServicePrincipal("edgelambda.amazonaws.com")]
                ))
    rendered = {
        "path_pattern": path_pattern,
        "target_origin_id": origin_id,
        "allowed_methods": o.allowed_methods.methods if o.allowed_methods else None,
        "cached_methods": o.cached_methods.methods if o.cached_methods else None,
        "cache_policy_id": (o.cache_policy or CachePolicy.CACHING_OPTIMIZED).cache_policy_id,
        "compress": True if o.compress is None else o.compress,
        "origin_request_policy_id": o.origin_request_policy.origin_request_policy_id if o.origin_request_policy else None,
        "realtime_log_config_arn": (
            # the config's Ref (its ARN), as aws-cdk-lib's realtimeLogConfigRef; an import's ARN otherwise
            getattr(o.realtime_log_config, "_ref_arn", None) or o.realtime_log_config.realtime_log_config_arn
            if o.realtime_log_config else None
        ),
        "response_headers_policy_id": (
            o.response_headers_policy.response_headers_policy_id if o.response_headers_policy else None
        ),
        "smooth_streaming": o.smooth_streaming,
        "viewer_protocol_policy": viewer_protocol_policy.value,
        "function_associations": [
            {"function_arn": a.function.function_arn, "event_type": a.event_type.value}
            for a in o.function_associations
        ] if o.function_associations is not None else None,
        "lambda_function_associations": [
            {"lambda_function_arn": e.function_version.edge_arn, "event_type": e.event_type.value,
             "include_body": e.include_body}
            for e in o.edge_lambdas
        ] if o.edge_lambdas is not None else None,
        "trusted_key_groups": (
            [g.key_group_id for g in o.trusted_key_groups] if o.trusted_key_groups is not None else None
        ),
        "grpc_config": {"enabled": o.enable_grpc} if o.enable_grpc is not None else None,
    }
    return {k: v for k, v in rendered.items() if v is not None}


def _behavior_fields(o: AddBehaviorOptions) -> dict[str, Any]:
    return {f.name: getattr(o, f.name) for f in structs.fields(AddBehaviorOptions)}


class _DistributionBase(Resource):
    distribution_id: str
    distribution_domain_name: str

    @property
    def distribution_arn(self) -> str:
        """The distribution's ARN."""
        return Stack.of(self).format_arn(
            service="cloudfront", region="", resource="distribution", resource_name=self.distribution_id
        )

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this distribution (actions that support no resource on ``*``)."""
        from l2 import iam

        wildcard = [a for a in actions if a in _WILDCARD_ONLY_ACTIONS]
        scoped = [a for a in actions if a not in _WILDCARD_ONLY_ACTIONS]
        wild_grant = scoped_grant = None
        if wildcard:
            wild_grant = iam.Grant.add_to_principal(grantee=identity, actions=wildcard, resource_arns=["*"])
        if scoped:
            scoped_grant = iam.Grant.add_to_principal(
                grantee=identity, actions=scoped, resource_arns=[self.distribution_arn]
            )
        if wild_grant is not None and scoped_grant is not None:
            return scoped_grant.combine(wild_grant)
        return wild_grant if wild_grant is not None else scoped_grant  # type: ignore[return-value]

    def grant_create_invalidation(self, identity: IGrantable) -> Grant:
        """Grant ``cloudfront:CreateInvalidation`` on this distribution."""
        return self.grants.create_invalidation(identity)

    @property
    def grants(self) -> DistributionGrants:
        """The IAM grants on this distribution."""
        return DistributionGrants.from_distribution(self)

    @property
    def distribution_ref(self) -> DistributionReference:
        """A reference to this distribution."""
        return DistributionReference(distribution_id=self.distribution_id)


class _ImportedDistribution(_DistributionBase):
    def __init__(self, scope: Construct, id: str, attrs: DistributionAttributes) -> None:
        super().__init__(scope, id)
        self.domain_name = attrs.domain_name
        self.distribution_domain_name = attrs.domain_name
        self.distribution_id = attrs.distribution_id


class Distribution(_DistributionBase):
    """A CloudFront distribution (``AWS::CloudFront::Distribution``).

    Args:
        default_behavior: the behavior of requests no other behavior matches.
        additional_behaviors: path pattern → behavior.
        certificate: an ACM certificate in us-east-1 for ``domain_names``.
        comment: a comment (cut to 128 characters).
        default_root_object: the object served for ``/``.
        domain_names: alternate domain names.
        enabled: default ``True``.
        enable_ipv6: default ``True``.
        enable_logging / log_bucket / log_file_prefix / log_includes_cookies: standard logging to S3.
        error_responses: custom error responses.
        geo_restriction: country restriction.
        http_version: default ``HttpVersion.HTTP2``.
        minimum_protocol_version: the viewer TLS policy (with a certificate; default per feature flag).
        price_class: which edge locations serve the distribution.
        publish_additional_metrics: enable the additional CloudWatch metrics.
        ssl_support_method: default ``SSLMethod.SNI`` (with a certificate).
        web_acl_id: a WAF web ACL (ARN for WAFv2, in us-east-1).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudfront.Distribution"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        default_behavior: BehaviorOptions,
        additional_behaviors: Mapping[str, BehaviorOptions] | None = None,
        certificate: ICertificate | None = None,
        comment: str | None = None,
        default_root_object: str | None = None,
        domain_names: Sequence[str] | None = None,
        enabled: bool | None = None,
        enable_ipv6: bool | None = None,
        enable_logging: bool | None = None,
        error_responses: Sequence[ErrorResponse] | None = None,
        geo_restriction: GeoRestriction | None = None,
        http_version: HttpVersion | None = None,
        log_bucket: IBucket | None = None,
        log_file_prefix: str | None = None,
        log_includes_cookies: bool | None = None,
        minimum_protocol_version: SecurityPolicyProtocol | None = None,
        price_class: PriceClass | None = None,
        publish_additional_metrics: bool | None = None,
        ssl_support_method: SSLMethod | None = None,
        web_acl_id: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        stack = Stack.of(self)
        if certificate is not None:
            region = stack.split_arn(certificate.certificate_arn, ArnFormat.SLASH_RESOURCE_NAME).region
            if not Token.is_unresolved(region) and region != "us-east-1":
                raise ValidationError(
                    "Distribution certificates must be in the us-east-1 region and the certificate you provided "
                    f"is in {region}.",
                    self,
                )
            if not domain_names:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-cloudfront:emptyDomainNames",
                    "No domain names are specified. You will need to specify it after running associate-alias CLI "
                    "command manually. See the \"Moving an alternate domain name to a different distribution\" "
                    "section of module's README for more info.",
                )
        if minimum_protocol_version and certificate is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-cloudfront:minimumProtocolVersionWithoutCertificate",
                "Ignoring 'minimumProtocolVersion': it has no effect without a custom 'certificate'. The distribution "
                "uses the CloudFront default certificate, whose security policy is fixed at TLSv1.",
            )
        if ssl_support_method and certificate is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-cloudfront:sslSupportMethodWithoutCertificate",
                "Ignoring 'sslSupportMethod': it has no effect without a custom 'certificate'. The distribution uses "
                "the CloudFront default certificate, which is served to all viewers.",
            )
        self.http_version: HttpVersion = http_version or HttpVersion.HTTP2
        self._bound_origins: list[dict[str, Any]] = []
        self._origin_groups: list[dict[str, Any]] = []
        self._additional_behaviors: list[dict[str, Any]] = []
        self._validate_grpc(default_behavior)
        origin_id = self._add_origin(default_behavior.origin)
        self._default_behavior = _render_behavior(
            self, origin_id, None, default_behavior,
            self._resolve_viewer_protocol_policy(default_behavior.viewer_protocol_policy),
        )
        self._default_behavior.pop("path_pattern", None)
        for pattern, options in (additional_behaviors or {}).items():
            from constructs.internals import analytics_call, analytics_quiet

            analytics_call(self, "addBehavior", [pattern, options.origin, options])  # passed on as given
            with analytics_quiet(Distribution):
                self.add_behavior(pattern, options.origin, **_behavior_fields(options))
        self._web_acl_id = web_acl_id
        if web_acl_id:
            self._validate_web_acl_id(web_acl_id)
        self.certificate = certificate
        self.publish_additional_metrics = publish_additional_metrics
        trimmed = comment[:125] + "..." if comment and len(comment) > 128 else comment

        viewer_certificate = None
        if certificate is not None:
            default_version = (
                SecurityPolicyProtocol.TLS_V1_2_2021
                if FeatureFlags.of(self).is_enabled(_DEFAULT_SECURITY_POLICY_FLAG)
                else SecurityPolicyProtocol.TLS_V1_2_2019
            )
            viewer_certificate = {
                "acm_certificate_arn": certificate.certificate_arn,
                "minimum_protocol_version": (minimum_protocol_version or default_version).value,
                "ssl_support_method": (ssl_support_method or SSLMethod.SNI).value,
            }
        config = {
            "enabled": True if enabled is None else enabled,
            "origins": Lazy.any(lambda: [o["origin_property"] for o in self._bound_origins if o["origin_property"]]),
            "origin_groups": Lazy.any(lambda: CfnDistribution.OriginGroupsProperty(
                items=[CfnDistribution.OriginGroupProperty(**g) for g in self._origin_groups],
                quantity=len(self._origin_groups),
            ) if self._origin_groups else None),
            "default_cache_behavior": self._default_behavior,
            "aliases": list(domain_names) if domain_names is not None else None,
            "cache_behaviors": Lazy.any(
                lambda: [CfnDistribution.CacheBehaviorProperty(**b) for b in self._additional_behaviors] or None
            ),
            "comment": trimmed,
            "custom_error_responses": self._render_error_responses(list(error_responses or [])),
            "default_root_object": default_root_object,
            "http_version": self.http_version.value,
            "ipv6_enabled": True if enable_ipv6 is None else enable_ipv6,
            "logging": self._render_logging(enable_logging, log_bucket, log_file_prefix, log_includes_cookies),
            "price_class": price_class.value if price_class else None,
            "restrictions": {"geo_restriction": {"restriction_type": geo_restriction.restriction_type,
                                                 "locations": geo_restriction.locations}}
            if geo_restriction else None,
            "viewer_certificate": viewer_certificate,
            "web_acl_id": Lazy.string(lambda: self._web_acl_id),
        }
        resource = CfnDistribution(
            self, "Resource", distribution_config={k: v for k, v in config.items() if v is not None}
        )
        self._resource = resource
        self.domain_name: str = resource.attr_domain_name
        self.distribution_domain_name: str = resource.attr_domain_name
        self.distribution_id: str = resource.ref
        if publish_additional_metrics:
            CfnMonitoringSubscription(
                self, "MonitoringSubscription", distribution_id=self.distribution_id,
                monitoring_subscription={"realtime_metrics_subscription_config": {
                    "realtime_metrics_subscription_status": "Enabled"}},
            )

    @staticmethod
    def from_distribution_attributes(
        scope: Construct, id: str, *, distribution_id: str, domain_name: str
    ) -> IDistribution:
        """Import an existing distribution."""
        return _ImportedDistribution(
            scope, id, DistributionAttributes(distribution_id=distribution_id, domain_name=domain_name)
        )

    # -- behaviors and origins -------------------------------------------------------------------------------
    def add_behavior(
        self,
        path_pattern: str,
        origin: IOrigin,
        *,
        allowed_methods: AllowedMethods | None = None,
        cached_methods: CachedMethods | None = None,
        cache_policy: ICachePolicy | None = None,
        compress: bool | None = None,
        edge_lambdas: Sequence[EdgeLambda] | None = None,
        enable_grpc: bool | None = None,
        function_associations: Sequence[FunctionAssociation] | None = None,
        origin_request_policy: IOriginRequestPolicy | None = None,
        realtime_log_config: IRealtimeLogConfig | None = None,
        response_headers_policy: IResponseHeadersPolicy | None = None,
        smooth_streaming: bool | None = None,
        trusted_key_groups: Sequence[IKeyGroup] | None = None,
        viewer_protocol_policy: ViewerProtocolPolicy | None = None,
    ) -> None:
        """Add a behavior for ``path_pattern`` routed to ``origin``."""
        if path_pattern == "*":
            raise ValidationError("Only the default behavior can have a path pattern of '*'", self)
        options = AddBehaviorOptions(
            allowed_methods=allowed_methods, cached_methods=cached_methods, cache_policy=cache_policy,
            compress=compress, edge_lambdas=edge_lambdas, enable_grpc=enable_grpc,
            function_associations=function_associations,
            origin_request_policy=origin_request_policy, realtime_log_config=realtime_log_config,
            response_headers_policy=response_headers_policy,
            smooth_streaming=smooth_streaming, trusted_key_groups=trusted_key_groups,
            viewer_protocol_policy=viewer_protocol_policy,
        )
        self._validate_grpc(options)
        origin_id = self._add_origin(origin)
        self._additional_behaviors.append(_render_behavior(
            self, origin_id, path_pattern, options, self._resolve_viewer_protocol_policy(viewer_protocol_policy)
        ))

    def attach_web_acl_id(self, web_acl_id: str) -> None:
        """Attach a WAF web ACL (once)."""
        if self._web_acl_id:
            raise ValidationError("A WebACL has already been attached to this distribution", self)
        self._validate_web_acl_id(web_acl_id)
        self._web_acl_id = web_acl_id

    def _validate_web_acl_id(self, web_acl_id: str) -> None:
        if not Token.is_unresolved(web_acl_id) and web_acl_id.startswith("arn:"):
            region = Stack.of(self).split_arn(web_acl_id, ArnFormat.SLASH_RESOURCE_NAME).region
            if not Token.is_unresolved(region) and region != "us-east-1":
                raise ValidationError(
                    f"WebACL for CloudFront distributions must be created in the us-east-1 region; received {region}",
                    self,
                )

    def _validate_grpc(self, options: AddBehaviorOptions) -> None:
        if not options.enable_grpc:
            return
        valid = (HttpVersion.HTTP2, HttpVersion.HTTP2_AND_3)
        if self.http_version not in valid:
            raise ValidationError(
                f"'httpVersion' must be {' or '.join(v.value for v in valid)} if 'enableGrpc' in 'defaultBehavior' "
                f"or 'additionalBehaviors' is true, got {self.http_version.value}",
                self,
            )

    def _resolve_viewer_protocol_policy(self, policy: ViewerProtocolPolicy | None) -> ViewerProtocolPolicy:
        if policy is not None:
            return policy
        if FeatureFlags.of(self).is_enabled(_DEFAULT_VIEWER_PROTOCOL_FLAG):
            return ViewerProtocolPolicy.REDIRECT_TO_HTTPS
        return ViewerProtocolPolicy.ALLOW_ALL

    def _add_origin(self, origin: IOrigin, is_failover: bool = False) -> str:
        for bound in self._bound_origins:
            if bound["origin"] is origin:
                return bound.get("origin_group_id") or bound["origin_id"]
        scope = Construct(self, f"Origin{len(self._bound_origins) + 1}")
        generated = Names.unique_id(scope)[-128:]
        config = origin.bind(scope, origin_id=generated, distribution_id=Lazy.string(lambda: self.distribution_id))
        prop = config.origin_property
        prop_id = prop.get("id") if isinstance(prop, dict) else getattr(prop, "id", None)
        origin_id = prop_id or generated
        for bound in self._bound_origins:
            if bound["prop_id"] == prop_id:
                raise ValidationError(
                    f"Origin with id {prop_id} already exists. OriginIds must be unique within a distribution", self
                )
        entry = {"origin": origin, "origin_id": origin_id, "prop_id": prop_id, "origin_property": prop}
        if config.failover_config is None:
            self._bound_origins.append(entry)
            return prop_id or origin_id
        if is_failover:
            raise ValidationError(
                "An Origin cannot use an Origin with its own failover configuration as its fallback origin!", self
            )
        group_id = Names.unique_id(Construct(self, f"OriginGroup{len(self._origin_groups) + 1}"))[-128:]
        entry["origin_group_id"] = group_id
        self._bound_origins.append(entry)
        failover_id = self._add_origin(config.failover_config.failover_origin, True)
        codes = list(config.failover_config.status_codes) if config.failover_config.status_codes is not None else [
            500, 502, 503, 504]
        if not codes:
            raise ValidationError("fallbackStatusCodes cannot be empty", self)
        group = {
            "failover_criteria": {"status_codes": {"items": codes, "quantity": len(codes)}},
            "id": group_id,
            "members": {"items": [{"origin_id": origin_id}, {"origin_id": failover_id}], "quantity": 2},
        }
        if config.selection_criteria is not None:
            group["selection_criteria"] = getattr(config.selection_criteria, "value", config.selection_criteria)
        self._origin_groups.append(group)
        return group_id

    def _render_error_responses(self, responses: list[ErrorResponse]) -> list[dict[str, Any]] | None:
        if not responses:
            return None
        out = []
        for r in responses:
            if not r.response_http_status and not r.ttl and not r.response_page_path:
                raise ValidationError(
                    "A custom error response without either a 'responseHttpStatus', 'ttl' or 'responsePagePath' "
                    "is not valid.",
                    self,
                )
            code = (r.response_http_status or r.http_status) if r.response_page_path else r.response_http_status
            item = {
                "error_caching_min_ttl": r.ttl.to_seconds() if r.ttl else None,
                "error_code": r.http_status,
                "response_code": code,
                "response_page_path": r.response_page_path,
            }
            out.append({k: v for k, v in item.items() if v is not None})
        return out

    def _render_logging(self, enable_logging: bool | None, log_bucket: IBucket | None, prefix: str | None,
                        cookies: bool | None) -> dict[str, Any] | None:
        if not enable_logging and log_bucket is None:
            return None
        if enable_logging is False and log_bucket is not None:
            raise ValidationError("Explicitly disabled logging but provided a logging bucket.", self)
        if log_bucket is None:
            from l2 import s3

            log_bucket = s3.Bucket(
                self, "LoggingBucket", encryption=s3.BucketEncryption.S3_MANAGED,
                object_ownership=s3.ObjectOwnership.OBJECT_WRITER,
            )
        item = {"bucket": log_bucket.bucket_regional_domain_name, "include_cookies": cookies, "prefix": prefix}
        return {k: v for k, v in item.items() if v is not None}

    # -- metrics ---------------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this distribution (namespace ``AWS/CloudFront``, dimension ``DistributionId``)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/CloudFront", "dimensions_map": {
            "DistributionId": self.distribution_id}}
        options.update(props)
        return cloudwatch.Metric(metric_name=metric_name, **options)

    def _named(self, name: str, options: dict[str, Any], default_statistic: str | None = None,
               additional: str | None = None) -> Metric:
        if additional is not None and self.publish_additional_metrics is not True:
            raise ValidationError(
                f"{additional} is only available if 'publishAdditionalMetrics' is set 'true'", self
            )
        props = _metric_options(options)
        if default_statistic is not None:
            props = {"statistic": default_statistic, **props}
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib passes its props on (undefined when none were given) or ``{statistic, ...props}``
        analytics_call(self, "metric", [name, props or None])
        with analytics_quiet():
            return self.metric(name, **props)

    def metric_requests(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The total number of viewer requests (sum)."""
        return self._named("Requests", locals(), "sum")

    def metric_bytes_uploaded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes viewers uploaded (sum)."""
        return self._named("BytesUploaded", locals(), "sum")

    def metric_bytes_downloaded(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Bytes viewers downloaded (sum)."""
        return self._named("BytesDownloaded", locals(), "sum")

    def metric_total_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 4xx and 5xx responses."""
        return self._named("TotalErrorRate", locals())

    def metric4xx_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 4xx responses."""
        return self._named("4xxErrorRate", locals())

    def metric5xx_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 5xx responses."""
        return self._named("5xxErrorRate", locals())

    def metric_origin_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The origin latency (needs ``publish_additional_metrics``)."""
        return self._named("OriginLatency", locals(), additional="Origin latency metric")

    def metric_cache_hit_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The cache hit rate (needs ``publish_additional_metrics``)."""
        return self._named("CacheHitRate", locals(), additional="Cache hit rate metric")

    def metric401_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 401 responses (needs ``publish_additional_metrics``)."""
        return self._named("401ErrorRate", locals(), additional="401 error rate metric")

    def metric403_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 403 responses (needs ``publish_additional_metrics``)."""
        return self._named("403ErrorRate", locals(), additional="403 error rate metric")

    def metric404_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 404 responses (needs ``publish_additional_metrics``)."""
        return self._named("404ErrorRate", locals(), additional="404 error rate metric")

    def metric502_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 502 responses (needs ``publish_additional_metrics``)."""
        return self._named("502ErrorRate", locals(), additional="502 error rate metric")

    def metric503_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 503 responses (needs ``publish_additional_metrics``)."""
        return self._named("503ErrorRate", locals(), additional="503 error rate metric")

    def metric504_error_rate(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """The percentage of 504 responses (needs ``publish_additional_metrics``)."""
        return self._named("504ErrorRate", locals(), additional="504 error rate metric")
