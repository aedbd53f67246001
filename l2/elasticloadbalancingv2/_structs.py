"""ELBv2 structs: health checks, subnet mappings, action options, attributes, lookup options and props."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration, SecretValue, UnscopedValidationError
from constructs.internals import structs
from l2.elasticloadbalancingv2._enums import (
    AlpnPolicy,
    ApplicationProtocol,
    ApplicationProtocolVersion,
    ClientRoutingPolicy,
    DesyncMitigationMode,
    IpAddressType,
    MutualAuthenticationMode,
    Protocol,
    RevocationType,
    SslPolicy,
    TargetGroupIpAddressType,
    TargetGroupLoadBalancingAlgorithmType,
    TargetType,
    UnauthenticatedAction,
    XffHeaderProcessingMode,
)

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, ISubnet, IVpc, SubnetSelection
    from l2.elasticloadbalancingv2._actions import ListenerAction, ListenerCondition, NetworkListenerAction
    from l2.elasticloadbalancingv2._interfaces import (
        IApplicationListener,
        IApplicationLoadBalancer,
        IApplicationLoadBalancerTarget,
        IApplicationTargetGroup,
        IListenerCertificate,
        IListenerRef,
        INetworkLoadBalancer,
        INetworkLoadBalancerTarget,
        INetworkTargetGroup,
        ITrustStore,
    )
    from l2.s3 import IBucket


class SourceNatIpv6Prefix:
    """The IPv6 prefix a dual-stack Network Load Balancer uses for source NAT in a subnet.

    Args:
        prefix: a ``/80`` IPv6 prefix of the subnet's CIDR, or ``auto_assigned`` to let AWS choose one.
    """

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    @staticmethod
    def auto_assigned() -> SourceNatIpv6Prefix:
        """Let AWS pick a prefix from the subnet's CIDR."""
        return SourceNatIpv6Prefix("auto_assigned")

    @staticmethod
    def from_ipv6_prefix(prefix: str) -> SourceNatIpv6Prefix:
        """A ``/80`` prefix, e.g. ``2001:db8::/80``."""
        if "/" not in prefix:
            raise UnscopedValidationError(f"IPv6 prefix must include netmask (e.g. 2001:db8::/80), got {prefix}")
        netmask = prefix.split("/")[1]
        if netmask != "80":
            raise UnscopedValidationError(f"IPv6 prefix must have a /80 netmask, got {netmask}")
        return SourceNatIpv6Prefix(prefix)


@structs.frozen(kw_only=True)
class HealthCheck:
    """How a target group checks the health of its targets.

    Args:
        enabled: whether health checks run (default true, except for Lambda targets).
        healthy_grpc_codes: gRPC codes a healthy target returns (e.g. ``"0-99"``).
        healthy_http_codes: HTTP codes a healthy target returns (e.g. ``"200,302"``).
        healthy_threshold_count: consecutive successes before a target is healthy.
        interval: time between checks.
        path: the ping path (HTTP/HTTPS checks).
        port: the port checked (default the traffic port).
        protocol: the protocol of the check.
        timeout: time without response that fails a check.
        unhealthy_threshold_count: consecutive failures before a target is unhealthy.
    """

    enabled: bool | None = None
    healthy_grpc_codes: str | None = None
    healthy_http_codes: str | None = None
    healthy_threshold_count: int | float | None = None
    interval: Duration | None = None
    path: str | None = None
    port: str | None = None
    protocol: Protocol | None = None
    timeout: Duration | None = None
    unhealthy_threshold_count: int | float | None = None


@structs.frozen(kw_only=True)
class TargetGroupHealth:
    """When DNS fails over and when routing spreads to unhealthy targets.

    Args:
        dns_minimum_healthy_target_count: minimum healthy targets for DNS (0 is ``off``).
        dns_minimum_healthy_target_percentage: minimum healthy percentage for DNS (0 is ``off``).
        routing_minimum_healthy_target_count: minimum healthy targets for routing.
        routing_minimum_healthy_target_percentage: minimum healthy percentage for routing (0 is ``off``).
    """

    dns_minimum_healthy_target_count: int | float | None = None
    dns_minimum_healthy_target_percentage: int | float | None = None
    routing_minimum_healthy_target_count: int | float | None = None
    routing_minimum_healthy_target_percentage: int | float | None = None


@structs.frozen(kw_only=True)
class SubnetMapping:
    """A subnet of a Network Load Balancer, with its fixed addresses.

    Args:
        subnet: the subnet.
        allocation_id: an Elastic IP allocation (internet-facing load balancers).
        ipv6_address: an IPv6 address (dual-stack load balancers).
        private_ipv4_address: a private IPv4 address (internal load balancers).
        source_nat_ipv6_prefix: the IPv6 source NAT prefix (``enable_prefix_for_ipv6_source_nat``).
    """

    subnet: ISubnet
    allocation_id: str | None = None
    ipv6_address: str | None = None
    private_ipv4_address: str | None = None
    source_nat_ipv6_prefix: SourceNatIpv6Prefix | None = None


@structs.frozen(kw_only=True)
class MutualAuthentication:
    """The mutual TLS settings of an HTTPS listener.

    Args:
        advertise_trust_store_ca_names: advertise the trust store's CA names to clients.
        ignore_client_certificate_expiry: accept expired client certificates (``VERIFY`` mode).
        mutual_authentication_mode: default ``OFF``.
        trust_store: the trust store (required with ``VERIFY``).
    """

    advertise_trust_store_ca_names: bool | None = None
    ignore_client_certificate_expiry: bool | None = None
    mutual_authentication_mode: MutualAuthenticationMode | None = None
    trust_store: ITrustStore | None = None


@structs.frozen(kw_only=True)
class RedirectOptions:
    """Where ``ListenerAction.redirect`` sends the request (``#{...}`` placeholders keep the original part).

    Args:
        host: the host name.
        path: the absolute path (starts with ``/``).
        permanent: HTTP 301 instead of 302.
        port: the port.
        protocol: ``HTTP``, ``HTTPS`` or ``#{protocol}``.
        query: the query string (without the ``?``).
    """

    host: str | None = None
    path: str | None = None
    permanent: bool | None = None
    port: str | None = None
    protocol: str | None = None
    query: str | None = None


@structs.frozen(kw_only=True)
class FixedResponseOptions:
    """The body of ``ListenerAction.fixed_response``.

    Args:
        content_type: the body's content type.
        message_body: the body (at most 1024 characters).
    """

    content_type: str | None = None
    message_body: str | None = None


@structs.frozen(kw_only=True)
class ForwardOptions:
    """Options of ``ListenerAction.forward``.

    Args:
        stickiness_duration: keep a client on the same target group this long.
    """

    stickiness_duration: Duration | None = None


@structs.frozen(kw_only=True)
class NetworkForwardOptions:
    """Options of ``NetworkListenerAction.forward``.

    Args:
        stickiness_duration: keep a client on the same target group this long.
    """

    stickiness_duration: Duration | None = None


@structs.frozen(kw_only=True)
class WeightedTargetGroup:
    """A target group and its weight in ``ListenerAction.weighted_forward``.

    Args:
        target_group: the target group.
        weight: its weight (default 1).
    """

    target_group: IApplicationTargetGroup
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class NetworkWeightedTargetGroup:
    """A target group and its weight in ``NetworkListenerAction.weighted_forward``.

    Args:
        target_group: the target group.
        weight: its weight (default 1).
    """

    target_group: INetworkTargetGroup
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class AuthenticateOidcOptions:
    """Options of ``ListenerAction.authenticate_oidc``.

    Args:
        authorization_endpoint: the IdP's authorization endpoint.
        client_id: the OAuth 2.0 client id.
        client_secret: the OAuth 2.0 client secret.
        issuer: the OIDC issuer.
        next: the action after authentication.
        token_endpoint: the IdP's token endpoint.
        user_info_endpoint: the IdP's user info endpoint.
        allow_https_outbound: open egress to the IdP on port 443 (default true).
        authentication_request_extra_params: query parameters for the authorization request.
        on_unauthenticated_request: default ``AUTHENTICATE``.
        scope: the user claims requested (default ``openid``).
        session_cookie_name: default ``AWSELBAuthSessionCookie``.
        session_timeout: default 7 days.
    """

    authorization_endpoint: str
    client_id: str
    client_secret: SecretValue
    issuer: str
    next: ListenerAction
    token_endpoint: str
    user_info_endpoint: str
    allow_https_outbound: bool | None = None
    authentication_request_extra_params: Mapping[str, str] | None = None
    on_unauthenticated_request: UnauthenticatedAction | None = None
    scope: str | None = None
    session_cookie_name: str | None = None
    session_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class AuthenticateJwtOptions:
    """Options of ``ListenerAction.authenticate_jwt``.

    Args:
        issuer: the expected token issuer.
        jwks_endpoint: the HTTPS URL of the JSON Web Key Set.
        next: the action after validation.
    """

    issuer: str
    jwks_endpoint: str
    next: ListenerAction


@structs.frozen(kw_only=True)
class QueryStringCondition:
    """A key/value pair a query-string condition matches (``*`` and ``?`` wildcards).

    Args:
        value: the value to match.
        key: the key to match (default any key).
    """

    value: str
    key: str | None = None


@structs.frozen(kw_only=True)
class LoadBalancerTargetProps:
    """What a target registers in a target group.

    Args:
        target_type: the target group's target type.
        target_json: the target's JSON (``None`` for self-registering targets).
    """

    target_type: TargetType
    target_json: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class RevocationContent:
    """A certificate revocation list in S3.

    Args:
        bucket: the bucket.
        key: the object key.
        revocation_type: default ``CRL``.
        version: the object version.
    """

    bucket: IBucket
    key: str
    revocation_type: RevocationType | None = None
    version: str | None = None


# -- attributes and lookup options ---------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class ApplicationLoadBalancerAttributes:
    """An existing Application Load Balancer (``from_application_load_balancer_attributes``).

    Args:
        load_balancer_arn: its ARN.
        security_group_id: its security group.
        load_balancer_canonical_hosted_zone_id: its hosted zone.
        load_balancer_dns_name: its DNS name.
        security_group_allows_all_outbound: whether the security group allows all egress (default true).
        vpc: its VPC (needed by ``add_targets``).
    """

    load_balancer_arn: str
    security_group_id: str
    load_balancer_canonical_hosted_zone_id: str | None = None
    load_balancer_dns_name: str | None = None
    security_group_allows_all_outbound: bool | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancerAttributes:
    """An existing Network Load Balancer (``from_network_load_balancer_attributes``).

    Args:
        load_balancer_arn: its ARN.
        load_balancer_canonical_hosted_zone_id: its hosted zone.
        load_balancer_dns_name: its DNS name.
        load_balancer_security_groups: its security group ids.
        vpc: its VPC (needed by ``add_targets``).
    """

    load_balancer_arn: str
    load_balancer_canonical_hosted_zone_id: str | None = None
    load_balancer_dns_name: str | None = None
    load_balancer_security_groups: Sequence[str] | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ApplicationListenerAttributes:
    """An existing Application Load Balancer listener (``from_application_listener_attributes``).

    Args:
        listener_arn: its ARN.
        security_group: the load balancer's security group.
        default_port: the listener's port.
    """

    listener_arn: str
    security_group: ISecurityGroup
    default_port: int | float | None = None


@structs.frozen(kw_only=True)
class TargetGroupAttributes:
    """An existing target group (``from_target_group_attributes``).

    Args:
        target_group_arn: its ARN.
        load_balancer_arns: the ARN of the load balancer it is attached to (needed for metrics).
    """

    target_group_arn: str
    load_balancer_arns: str | None = None


@structs.frozen(kw_only=True)
class BaseLoadBalancerLookupOptions:
    """Which load balancer ``from_lookup`` finds.

    Args:
        load_balancer_arn: its ARN.
        load_balancer_tags: tags it carries.
    """

    load_balancer_arn: str | None = None
    load_balancer_tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancerLookupOptions(BaseLoadBalancerLookupOptions):
    """Which Application Load Balancer ``ApplicationLoadBalancer.from_lookup`` finds."""


@structs.frozen(kw_only=True)
class NetworkLoadBalancerLookupOptions(BaseLoadBalancerLookupOptions):
    """Which Network Load Balancer ``NetworkLoadBalancer.from_lookup`` finds."""


@structs.frozen(kw_only=True)
class BaseListenerLookupOptions:
    """Which listener ``from_lookup`` finds.

    Args:
        listener_port: its port.
        load_balancer_arn: its load balancer's ARN.
        load_balancer_tags: tags its load balancer carries.
    """

    listener_port: int | float | None = None
    load_balancer_arn: str | None = None
    load_balancer_tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class ApplicationListenerLookupOptions(BaseListenerLookupOptions):
    """Which listener ``ApplicationListener.from_lookup`` finds.

    Args:
        listener_arn: its ARN.
        listener_protocol: its protocol.
    """

    listener_arn: str | None = None
    listener_protocol: ApplicationProtocol | None = None


@structs.frozen(kw_only=True)
class NetworkListenerLookupOptions(BaseListenerLookupOptions):
    """Which listener ``NetworkListener.from_lookup`` finds.

    Args:
        listener_protocol: its protocol.
    """

    listener_protocol: Protocol | None = None


# -- props ---------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class BaseLoadBalancerProps:
    """The properties every load balancer takes (see ``ApplicationLoadBalancer``)."""

    vpc: IVpc
    cross_zone_enabled: bool | None = None
    deletion_protection: bool | None = None
    deny_all_igw_traffic: bool | None = None
    internet_facing: bool | None = None
    load_balancer_name: str | None = None
    minimum_capacity_unit: int | float | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancerProps(BaseLoadBalancerProps):
    """The properties of an ``ApplicationLoadBalancer`` (see the class for each keyword)."""

    client_keep_alive: Duration | None = None
    desync_mitigation_mode: DesyncMitigationMode | None = None
    drop_invalid_header_fields: bool | None = None
    http2_enabled: bool | None = None
    idle_timeout: Duration | None = None
    ip_address_type: IpAddressType | None = None
    preserve_host_header: bool | None = None
    preserve_xff_client_port: bool | None = None
    security_group: ISecurityGroup | None = None
    waf_fail_open: bool | None = None
    x_amzn_tls_version_and_cipher_suite_headers: bool | None = None
    xff_header_processing_mode: XffHeaderProcessingMode | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancerProps(BaseLoadBalancerProps):
    """The properties of a ``NetworkLoadBalancer`` (see the class for each keyword)."""

    client_routing_policy: ClientRoutingPolicy | None = None
    disable_security_groups: bool | None = None
    enable_prefix_for_ipv6_source_nat: bool | None = None
    enforce_security_group_inbound_rules_on_private_link_traffic: bool | None = None
    ip_address_type: IpAddressType | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_mappings: Sequence[SubnetMapping] | None = None
    zonal_shift: bool | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancerRedirectConfig:
    """Options of ``ApplicationLoadBalancer.add_redirect``.

    Args:
        open: allow anyone to connect to the redirect listener (default true).
        source_port: default 80.
        source_protocol: default ``HTTP``.
        target_port: default 443.
        target_protocol: default ``HTTPS``.
    """

    open: bool | None = None
    source_port: int | float | None = None
    source_protocol: ApplicationProtocol | None = None
    target_port: int | float | None = None
    target_protocol: ApplicationProtocol | None = None


@structs.frozen(kw_only=True)
class BaseApplicationListenerProps:
    """The properties of an Application Load Balancer listener (see ``ApplicationListener``)."""

    certificates: Sequence[IListenerCertificate] | None = None
    default_action: ListenerAction | None = None
    default_target_groups: Sequence[IApplicationTargetGroup] | None = None
    mutual_authentication: MutualAuthentication | None = None
    open: bool | None = None
    port: int | float | None = None
    protocol: ApplicationProtocol | None = None
    ssl_policy: SslPolicy | None = None


@structs.frozen(kw_only=True)
class ApplicationListenerProps(BaseApplicationListenerProps):
    """The properties of an ``ApplicationListener``."""

    load_balancer: IApplicationLoadBalancer


@structs.frozen(kw_only=True)
class BaseNetworkListenerProps:
    """The properties of a Network Load Balancer listener (see ``NetworkListener``)."""

    port: int | float
    alpn_policy: AlpnPolicy | None = None
    certificates: Sequence[IListenerCertificate] | None = None
    default_action: NetworkListenerAction | None = None
    default_target_groups: Sequence[INetworkTargetGroup] | None = None
    protocol: Protocol | None = None
    ssl_policy: SslPolicy | None = None
    tcp_idle_timeout: Duration | None = None


@structs.frozen(kw_only=True)
class NetworkListenerProps(BaseNetworkListenerProps):
    """The properties of a ``NetworkListener``."""

    load_balancer: INetworkLoadBalancer


@structs.frozen(kw_only=True)
class ApplicationListenerCertificateProps:
    """The properties of an ``ApplicationListenerCertificate``.

    Args:
        listener: the listener.
        certificates: the certificates to add.
    """

    listener: IListenerRef
    certificates: Sequence[IListenerCertificate] | None = None


@structs.frozen(kw_only=True)
class BaseApplicationListenerRuleProps:
    """The properties of a listener rule (see ``ApplicationListenerRule``)."""

    priority: int | float
    action: ListenerAction | None = None
    conditions: Sequence[ListenerCondition] | None = None
    target_groups: Sequence[IApplicationTargetGroup] | None = None


@structs.frozen(kw_only=True)
class ApplicationListenerRuleProps(BaseApplicationListenerRuleProps):
    """The properties of an ``ApplicationListenerRule``."""

    listener: IApplicationListener


@structs.frozen(kw_only=True)
class AddRuleProps:
    """Conditions and priority of a rule added to a listener (both or neither).

    Args:
        conditions: what the rule matches.
        priority: the rule's priority (unique per listener).
    """

    conditions: Sequence[ListenerCondition] | None = None
    priority: int | float | None = None


@structs.frozen(kw_only=True)
class AddApplicationActionProps(AddRuleProps):
    """Options of ``ApplicationListener.add_action``.

    Args:
        action: the action.
        remove_suffix: name the rule ``id`` instead of ``id + "Rule"``.
    """

    action: ListenerAction
    remove_suffix: bool | None = None


@structs.frozen(kw_only=True)
class AddApplicationTargetGroupsProps(AddRuleProps):
    """Options of ``ApplicationListener.add_target_groups``.

    Args:
        target_groups: the target groups to forward to.
    """

    target_groups: Sequence[IApplicationTargetGroup]


@structs.frozen(kw_only=True)
class AddApplicationTargetsProps(AddRuleProps):
    """Options of ``ApplicationListener.add_targets`` (the target group's properties: see ``ApplicationTargetGroup``
    for each keyword, and ``AddRuleProps`` for the rule's)."""

    deregistration_delay: Duration | None = None
    enable_anomaly_mitigation: bool | None = None
    health_check: HealthCheck | None = None
    load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None
    port: int | float | None = None
    protocol: ApplicationProtocol | None = None
    protocol_version: ApplicationProtocolVersion | None = None
    slow_start: Duration | None = None
    stickiness_cookie_duration: Duration | None = None
    stickiness_cookie_name: str | None = None
    target_group_name: str | None = None
    targets: Sequence[IApplicationLoadBalancerTarget] | None = None


@structs.frozen(kw_only=True)
class AddNetworkActionProps:
    """Options of ``NetworkListener.add_action``.

    Args:
        action: the action.
    """

    action: NetworkListenerAction


@structs.frozen(kw_only=True)
class AddNetworkTargetsProps:
    """Options of ``NetworkListener.add_targets`` (the target group's properties: see ``NetworkTargetGroup`` for
    each keyword)."""

    port: int | float
    deregistration_delay: Duration | None = None
    health_check: HealthCheck | None = None
    preserve_client_ip: bool | None = None
    protocol: Protocol | None = None
    proxy_protocol_v2: bool | None = None
    target_group_name: str | None = None
    targets: Sequence[INetworkLoadBalancerTarget] | None = None


@structs.frozen(kw_only=True)
class BaseTargetGroupProps:
    """The properties every target group takes (see ``ApplicationTargetGroup``)."""

    cross_zone_enabled: bool | None = None
    deregistration_delay: Duration | None = None
    health_check: HealthCheck | None = None
    ip_address_type: TargetGroupIpAddressType | None = None
    target_group_health: TargetGroupHealth | None = None
    target_group_name: str | None = None
    target_type: TargetType | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ApplicationTargetGroupProps(BaseTargetGroupProps):
    """The properties of an ``ApplicationTargetGroup``."""

    enable_anomaly_mitigation: bool | None = None
    load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None
    multi_value_headers_enabled: bool | None = None
    port: int | float | None = None
    protocol: ApplicationProtocol | None = None
    protocol_version: ApplicationProtocolVersion | None = None
    slow_start: Duration | None = None
    stickiness_cookie_duration: Duration | None = None
    stickiness_cookie_name: str | None = None
    targets: Sequence[IApplicationLoadBalancerTarget] | None = None


@structs.frozen(kw_only=True)
class NetworkTargetGroupProps(BaseTargetGroupProps):
    """The properties of a ``NetworkTargetGroup`` (see ``NetworkTargetGroup`` for each keyword)."""

    port: int | float
    connection_termination: bool | None = None
    preserve_client_ip: bool | None = None
    protocol: Protocol | None = None
    proxy_protocol_v2: bool | None = None
    targets: Sequence[INetworkLoadBalancerTarget] | None = None


@structs.frozen(kw_only=True)
class TrustStoreProps:
    """The properties of a ``TrustStore``.

    Args:
        bucket: the bucket holding the CA bundle.
        key: the CA bundle's key.
        trust_store_name: default generated.
        version: the object version.
    """

    bucket: IBucket
    key: str
    trust_store_name: str | None = None
    version: str | None = None


@structs.frozen(kw_only=True)
class TrustStoreRevocationProps:
    """The properties of a ``TrustStoreRevocation``.

    Args:
        revocation_contents: the revocation lists.
        trust_store: the trust store.
    """

    revocation_contents: Sequence[RevocationContent]
    trust_store: ITrustStore
