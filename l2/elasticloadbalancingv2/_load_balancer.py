"""Load balancers: ``BaseLoadBalancer``, ``ApplicationLoadBalancer``, ``NetworkLoadBalancer`` and imports."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    CfnResource,
    Construct,
    ContextProvider,
    Duration,
    FeatureFlags,
    Lazy,
    Names,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from l1.elasticloadbalancingv2 import CfnLoadBalancer
from l2.elasticloadbalancingv2._enums import (
    AlpnPolicy,
    ApplicationProtocol,
    ClientRoutingPolicy,
    DesyncMitigationMode,
    IpAddressType,
    Protocol,
    SslPolicy,
    XffHeaderProcessingMode,
)
from l2.elasticloadbalancingv2._metrics import (
    _ApplicationLoadBalancerMetricMethods,
    _ApplicationLoadBalancerMetrics,
    _NetworkLoadBalancerMetricMethods,
    _NetworkLoadBalancerMetrics,
)
from l2.elasticloadbalancingv2._private.util import (
    Validation,
    as_property,
    parse_load_balancer_full_name,
    render_attributes,
    selection_kwargs,
)
from l2.elasticloadbalancingv2._structs import BaseLoadBalancerProps, MutualAuthentication, SubnetMapping

if TYPE_CHECKING:
    from l1.interfaces.elasticloadbalancingv2 import LoadBalancerReference
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.elasticloadbalancingv2._actions import ListenerAction, NetworkListenerAction
    from l2.elasticloadbalancingv2._application_listener import ApplicationListener
    from l2.elasticloadbalancingv2._interfaces import (
        IApplicationLoadBalancer,
        IApplicationTargetGroup,
        IListenerCertificate,
        INetworkLoadBalancer,
        INetworkTargetGroup,
    )
    from l2.elasticloadbalancingv2._network_listener import NetworkListener
    from l2.s3 import IBucket

_NLB_SG_FLAG = "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault"


def _query_load_balancer(
    scope: Construct, load_balancer_arn: str | None, load_balancer_tags: Mapping[str, str] | None, lb_type: str
) -> dict[str, Any]:
    if Token.is_unresolved(load_balancer_arn) or any(
        Token.is_unresolved(v) for v in (load_balancer_tags or {}).values()
    ):
        raise ValidationError("All arguments to look up a load balancer must be concrete (no Tokens)", scope)
    props: dict[str, Any] = {"loadBalancerType": lb_type}
    if load_balancer_arn is not None:
        props["loadBalancerArn"] = load_balancer_arn
    if load_balancer_tags:
        props["loadBalancerTags"] = [{"key": k, "value": v} for k, v in load_balancer_tags.items()]
    value: dict[str, Any] = ContextProvider.get_value(
        scope,
        provider="load-balancer",
        props=props,
        dummy_value={
            "ipAddressType": "dualstack",
            "loadBalancerArn": (
                f"arn:aws:elasticloadbalancing:us-west-2:123456789012:loadbalancer/{lb_type}/my-load-balancer/"
                "50dc6c495c0c9188"
            ),
            "loadBalancerCanonicalHostedZoneId": "Z3DZXE0EXAMPLE",
            "loadBalancerDnsName": "my-load-balancer-123456789012.us-west-2.elb.amazonaws.com",
            "securityGroupIds": ["sg-1234"],
            "vpcId": "vpc-12345",
        },
    ).value
    return value


class BaseLoadBalancer(Resource):
    """What Application and Network Load Balancers share: subnets, scheme, attributes and access logs.

    Args:
        scope: the parent construct.
        id: the construct id.
        base_props: the shared properties.
        additional_props: extra ``CfnLoadBalancer`` properties from the subclass.
    """

    def __init__(
        self, scope: Construct, id: str, base_props: BaseLoadBalancerProps, additional_props: Mapping[str, object]
    ) -> None:
        super().__init__(scope, id, physical_name=base_props.load_balancer_name)
        from l2 import ec2

        additional: dict[str, Any] = dict(additional_props)
        internet_facing = bool(base_props.internet_facing)
        subnet_mappings: Sequence[SubnetMapping] | None = additional.pop("subnet_mappings", None)
        if base_props.vpc_subnets is not None and subnet_mappings:
            raise ValidationError("You can specify either `vpcSubnets` or `subnetMappings`, not both.", self)
        if (
            additional.get("ip_address_type") is IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
            and additional.get("type") != "application"
        ):
            raise ValidationError(
                "'ipAddressType' DUAL_STACK_WITHOUT_PUBLIC_IPV4 can only be used with Application Load Balancer, "
                f"got {additional.get('type')}",
                self,
            )
        self.vpc: IVpc | None = base_props.vpc
        subnet_ids = None
        established = None
        if subnet_mappings:
            if internet_facing:
                ids = [m.subnet.subnet_id for m in subnet_mappings]
                established = base_props.vpc.select_subnets(
                    subnet_filters=[ec2.SubnetFilter.by_ids(ids)]
                ).internet_connectivity_established
        else:
            selection = (
                selection_kwargs(base_props.vpc_subnets)
                if base_props.vpc_subnets is not None
                else ({"subnet_type": ec2.SubnetType.PUBLIC} if internet_facing else {})
            )
            result = base_props.vpc.select_subnets(**selection)
            subnet_ids = result.subnet_ids
            established = result.internet_connectivity_established
        ip_address_type = additional.pop("ip_address_type", None)
        self._attributes: dict[str, str | None] = {}
        resource = CfnLoadBalancer(
            self,
            "Resource",
            name=self.physical_name,
            subnets=subnet_ids,
            subnet_mappings=(
                [
                    {
                        "subnetId": m.subnet.subnet_id,
                        "allocationId": m.allocation_id,
                        "privateIPv4Address": m.private_ipv4_address,
                        "iPv6Address": m.ipv6_address,
                        "sourceNatIpv6Prefix": m.source_nat_ipv6_prefix.prefix if m.source_nat_ipv6_prefix else None,
                    }
                    for m in subnet_mappings
                ]
                if subnet_mappings
                else None
            ),
            scheme="internet-facing" if internet_facing else "internal",
            load_balancer_attributes=Lazy.any(
                lambda: as_property(CfnLoadBalancer.LoadBalancerAttributeProperty, render_attributes(self._attributes) or None)
            ),
            minimum_load_balancer_capacity=(
                {"capacityUnits": base_props.minimum_capacity_unit} if base_props.minimum_capacity_unit else None
            ),
            ip_address_type=ip_address_type.value if ip_address_type is not None else None,
            **additional,
        )
        if internet_facing and established is not None:
            resource.node.add_dependency(established)
        self.set_attribute("deletion_protection.enabled", "true" if base_props.deletion_protection else "false")
        if base_props.cross_zone_enabled is not None:
            self.set_attribute(
                "load_balancing.cross_zone.enabled", "true" if base_props.cross_zone_enabled else "false"
            )
        if base_props.deny_all_igw_traffic is not None:
            if ip_address_type is IpAddressType.DUAL_STACK:
                self.set_attribute(
                    "ipv6.deny_all_igw_traffic", "true" if base_props.deny_all_igw_traffic else "false"
                )
            else:
                raise ValidationError(
                    "'denyAllIgwTraffic' may only be set on load balancers with dualstack addressing.", self
                )
        self._resource = resource
        self.load_balancer_canonical_hosted_zone_id: str = resource.attr_canonical_hosted_zone_id
        self.load_balancer_dns_name: str = resource.attr_dns_name
        self.load_balancer_full_name: str = resource.attr_load_balancer_full_name
        self.load_balancer_name: str = resource.attr_load_balancer_name
        self.load_balancer_arn: str = resource.ref
        self.load_balancer_security_groups: list[str] = resource.attr_security_groups
        self.node.add_validation(Validation(self._validate_load_balancer))

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        """A reference to this load balancer (its ARN)."""
        from l1.interfaces.elasticloadbalancingv2 import LoadBalancerReference

        return LoadBalancerReference(load_balancer_arn=self.load_balancer_arn)

    def set_attribute(self, key: str, value: str | None = None) -> None:
        """Set a load balancer attribute (``None`` removes it)."""
        self._attributes[key] = value

    def remove_attribute(self, key: str) -> None:
        """Remove a load balancer attribute."""
        self.set_attribute(key, None)

    def _log_to_bucket(
        self, kind: str, bucket: IBucket, prefix: str | None, env_account: str, refuse_kms: bool = False
    ) -> None:
        from l2 import iam

        if refuse_kms and bucket.encryption_key is not None:
            raise ValidationError("Encryption key detected. Bucket encryption using KMS keys is unsupported", self)
        prefix = prefix or ""
        self.set_attribute(f"{kind}.s3.enabled", "true")
        self.set_attribute(f"{kind}.s3.bucket", str(bucket.bucket_name))
        self.set_attribute(f"{kind}.s3.prefix", prefix)
        head = f"{prefix}/" if prefix else ""
        delivery = iam.ServicePrincipal("delivery.logs.amazonaws.com")
        bucket.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:PutObject"],
                principals=[self._resource_policy_principal()],
                resources=[bucket.arn_for_objects(f"{head}AWSLogs/{Stack.of(self).account}/*")],
            )
        )
        bucket.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:PutObject"],
                principals=[delivery],
                resources=[bucket.arn_for_objects(f"{head}AWSLogs/{env_account}/*")],
                conditions={"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}},
            )
        )
        bucket.add_to_resource_policy(
            iam.PolicyStatement(actions=["s3:GetBucketAcl"], principals=[delivery], resources=[bucket.bucket_arn])
        )
        policy = bucket.policy.node.default_child if bucket.policy is not None else None
        lb = self.node.default_child
        if isinstance(lb, CfnResource) and isinstance(policy, CfnResource):
            lb.add_resource_dependency(policy)

    def log_access_logs(self, bucket: IBucket, prefix: str | None = None) -> None:
        """Write access logs to ``bucket`` (under ``prefix``), with the bucket policy ELB needs."""
        self._log_to_bucket("access_logs", bucket, prefix, self.env.account)

    def _resource_policy_principal(self) -> Any:
        from l2 import iam
        from l2.region_info import RegionInfo

        region = Stack.of(self).region
        if Token.is_unresolved(region):
            raise ValidationError("Region is required to enable ELBv2 access logging", self)
        account = RegionInfo.get(region).elbv2_account
        if account:
            return iam.AccountPrincipal(account)
        return iam.ServicePrincipal("logdelivery.elasticloadbalancing.amazonaws.com")

    def _validate_load_balancer(self) -> list[str]:
        errors: list[str] = []
        name = self.physical_name
        if name is not None and not Token.is_unresolved(name):
            if len(name) > 32:
                errors.append(f'Load balancer name: "{name}" can have a maximum of 32 characters.')
            if name.startswith("internal-"):
                errors.append(f'Load balancer name: "{name}" must not begin with "internal-".')
            if name.startswith("-") or name.endswith("-"):
                errors.append(f'Load balancer name: "{name}" must not begin or end with a hyphen.')
            if not re.fullmatch(r"[0-9a-z-]+", name, re.IGNORECASE):
                errors.append(f'Load balancer name: "{name}" must contain only alphanumeric characters or hyphens.')
        return errors


class ApplicationLoadBalancer(_ApplicationLoadBalancerMetricMethods, BaseLoadBalancer):
    """An Application Load Balancer (HTTP/HTTPS).

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC.
        client_keep_alive: how long client connections stay open (60 s to 7 days).
        cross_zone_enabled: must not be false (always on for ALBs).
        deletion_protection: protect the load balancer from deletion (default false).
        deny_all_igw_traffic: block internet gateway traffic (dual-stack only).
        desync_mitigation_mode: default ``DEFENSIVE``.
        drop_invalid_header_fields: drop headers with invalid fields.
        http2_enabled: default true.
        idle_timeout: default 60 seconds.
        internet_facing: default false (internal).
        ip_address_type: default ``IPV4``.
        load_balancer_name: default generated.
        minimum_capacity_unit: reserved capacity (at least 100 LCUs).
        preserve_host_header: keep the ``Host`` header as sent.
        preserve_xff_client_port: keep the client port in ``X-Forwarded-For``.
        security_group: default a new one allowing no outbound traffic.
        vpc_subnets: default the public subnets when internet-facing, else the VPC's default selection.
        waf_fail_open: route requests when WAF cannot be reached.
        x_amzn_tls_version_and_cipher_suite_headers: add the TLS version and cipher headers.
        xff_header_processing_mode: default ``APPEND``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.ApplicationLoadBalancer"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        client_keep_alive: Duration | None = None,
        cross_zone_enabled: bool | None = None,
        deletion_protection: bool | None = None,
        deny_all_igw_traffic: bool | None = None,
        desync_mitigation_mode: DesyncMitigationMode | None = None,
        drop_invalid_header_fields: bool | None = None,
        http2_enabled: bool | None = None,
        idle_timeout: Duration | None = None,
        internet_facing: bool | None = None,
        ip_address_type: IpAddressType | None = None,
        load_balancer_name: str | None = None,
        minimum_capacity_unit: int | float | None = None,
        preserve_host_header: bool | None = None,
        preserve_xff_client_port: bool | None = None,
        security_group: ISecurityGroup | None = None,
        vpc_subnets: SubnetSelection | None = None,
        waf_fail_open: bool | None = None,
        x_amzn_tls_version_and_cipher_suite_headers: bool | None = None,
        xff_header_processing_mode: XffHeaderProcessingMode | None = None,
    ) -> None:
        from l2 import ec2

        base = BaseLoadBalancerProps(
            vpc=vpc, cross_zone_enabled=cross_zone_enabled, deletion_protection=deletion_protection,
            deny_all_igw_traffic=deny_all_igw_traffic, internet_facing=internet_facing,
            load_balancer_name=load_balancer_name, minimum_capacity_unit=minimum_capacity_unit,
            vpc_subnets=vpc_subnets,
        )
        super().__init__(
            scope,
            id,
            base,
            {
                "type": "application",
                "security_groups": Lazy.list(lambda: [sg.security_group_id for sg in self._connections_groups()]),
                "ip_address_type": ip_address_type,
            },
        )
        if (
            minimum_capacity_unit
            and not Token.is_unresolved(minimum_capacity_unit)
            and (int(minimum_capacity_unit) != minimum_capacity_unit or minimum_capacity_unit < 100)
        ):
            raise ValidationError(
                "'minimumCapacityUnit' must be a positive integer greater than or equal to 100 for Application Load "
                f"Balancer, got: {_num(minimum_capacity_unit)}.",
                self,
            )
        self.ip_address_type: IpAddressType = ip_address_type or IpAddressType.IPV4
        if ip_address_type is IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4 and not internet_facing:
            raise ValidationError(
                "dual-stack without public IPv4 address can only be used with internet-facing scheme.", self
            )
        groups = [
            security_group
            or ec2.SecurityGroup(
                self,
                "SecurityGroup",
                vpc=vpc,
                description=f"Automatically created Security Group for ELB {Names.unique_id(self)}",
                allow_all_outbound=False,
            )
        ]
        self.connections = ec2.Connections(security_groups=groups)
        self.listeners: list[ApplicationListener] = []
        self.metrics = _ApplicationLoadBalancerMetrics(self, self.load_balancer_full_name)
        if http2_enabled is not None:
            self.set_attribute("routing.http2.enabled", "true" if http2_enabled else "false")
        if idle_timeout is not None:
            self.set_attribute("idle_timeout.timeout_seconds", str(_num(idle_timeout.to_seconds())))
        if drop_invalid_header_fields is not None:
            self.set_attribute(
                "routing.http.drop_invalid_header_fields.enabled", "true" if drop_invalid_header_fields else "false"
            )
        if desync_mitigation_mode is not None:
            self.set_attribute("routing.http.desync_mitigation_mode", desync_mitigation_mode.value)
        if preserve_host_header:
            self.set_attribute("routing.http.preserve_host_header.enabled", "true")
        if x_amzn_tls_version_and_cipher_suite_headers:
            self.set_attribute("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "true")
        if preserve_xff_client_port:
            self.set_attribute("routing.http.xff_client_port.enabled", "true")
        if xff_header_processing_mode is not None:
            self.set_attribute("routing.http.xff_header_processing.mode", xff_header_processing_mode.value)
        if waf_fail_open:
            self.set_attribute("waf.fail_open.enabled", "true")
        if client_keep_alive is not None:
            millis = client_keep_alive.to_milliseconds()
            if millis < 1000:
                raise ValidationError(
                    f"'clientKeepAlive' must be between 60 and 604800 seconds. Got: {_num(millis)} milliseconds", self
                )
            seconds = client_keep_alive.to_seconds()
            if seconds < 60 or seconds > 604800:
                raise ValidationError(
                    f"'clientKeepAlive' must be between 60 and 604800 seconds. Got: {_num(seconds)} seconds", self
                )
            self.set_attribute("client_keep_alive.seconds", str(_num(seconds)))
        if cross_zone_enabled is False:
            raise ValidationError("crossZoneEnabled cannot be false with Application Load Balancers.", self)

    def _connections_groups(self) -> list[Any]:
        groups: list[Any] = self.connections.security_groups
        return groups

    @property
    def is_application_load_balancer(self) -> bool:
        """Always true (tells ALBs from NLBs)."""
        return True

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> IApplicationLoadBalancer:
        """Find an existing Application Load Balancer with the ``load-balancer`` context provider."""
        props = _query_load_balancer(scope, load_balancer_arn, load_balancer_tags, "application")
        return _LookedUpApplicationLoadBalancer(scope, id, props)

    @staticmethod
    def from_application_load_balancer_attributes(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str,
        security_group_id: str,
        load_balancer_canonical_hosted_zone_id: str | None = None,
        load_balancer_dns_name: str | None = None,
        security_group_allows_all_outbound: bool | None = None,
        vpc: IVpc | None = None,
    ) -> IApplicationLoadBalancer:
        """An existing Application Load Balancer from its attributes."""
        return _ImportedApplicationLoadBalancer(
            scope, id, load_balancer_arn, security_group_id, load_balancer_canonical_hosted_zone_id,
            load_balancer_dns_name, security_group_allows_all_outbound, vpc,
        )

    def add_listener(
        self,
        id: str,
        *,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: ListenerAction | None = None,
        default_target_groups: Sequence[IApplicationTargetGroup] | None = None,
        mutual_authentication: MutualAuthentication | None = None,
        open: bool | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        ssl_policy: SslPolicy | None = None,
    ) -> ApplicationListener:
        """Add a listener (see ``ApplicationListener``)."""
        from l2.elasticloadbalancingv2._application_listener import ApplicationListener

        listener = ApplicationListener(
            self, id, load_balancer=self, certificates=certificates, default_action=default_action,
            default_target_groups=default_target_groups, mutual_authentication=mutual_authentication, open=open,
            port=port, protocol=protocol, ssl_policy=ssl_policy,
        )
        self.listeners.append(listener)
        return listener

    def add_redirect(
        self,
        *,
        open: bool | None = None,
        source_port: int | float | None = None,
        source_protocol: ApplicationProtocol | None = None,
        target_port: int | float | None = None,
        target_protocol: ApplicationProtocol | None = None,
    ) -> ApplicationListener:
        """Add a listener that redirects (default HTTP:80 to HTTPS:443)."""
        from l2.elasticloadbalancingv2._actions import ListenerAction

        src = _num(source_port if source_port is not None else 80)
        dst = str(_num(target_port if target_port is not None else 443))
        return self.add_listener(
            f"Redirect{src}To{dst}",
            protocol=source_protocol or ApplicationProtocol.HTTP,
            port=src,
            open=True if open is None else open,
            default_action=ListenerAction.redirect(
                port=dst, protocol=(target_protocol or ApplicationProtocol.HTTPS).value, permanent=True
            ),
        )

    def log_access_logs(self, bucket: IBucket, prefix: str | None = None) -> None:
        """Write access logs to ``bucket`` (an S3-managed-encryption bucket), under ``prefix``."""
        self._log_to_bucket("access_logs", bucket, prefix, self.env.account, refuse_kms=True)

    def log_connection_logs(self, bucket: IBucket, prefix: str | None = None) -> None:
        """Write connection logs to ``bucket`` (an S3-managed-encryption bucket), under ``prefix``."""
        self._log_to_bucket("connection_logs", bucket, prefix, Stack.of(self).account, refuse_kms=True)

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the load balancer."""
        self.connections.add_security_group(security_group)


def _num(value: Any) -> Any:
    """A number as JavaScript prints it (``80`` rather than ``80.0``)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _ExternalApplicationLoadBalancer(_ApplicationLoadBalancerMetricMethods, Resource):
    is_application_load_balancer = True
    load_balancer_arn: str

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        from l1.interfaces.elasticloadbalancingv2 import LoadBalancerReference

        return LoadBalancerReference(load_balancer_arn=self.load_balancer_arn)

    @property
    def listeners(self) -> list[Any]:
        raise ValidationError(
            ".listeners can only be accessed if the class was constructed as an owned, not imported, load balancer",
            self,
        )

    def add_listener(self, id: str, **props: Any) -> ApplicationListener:
        from l2.elasticloadbalancingv2._application_listener import ApplicationListener

        return ApplicationListener(self, id, load_balancer=self, **props)  # type: ignore[arg-type]


class _ImportedApplicationLoadBalancer(_ExternalApplicationLoadBalancer):
    def __init__(
        self, scope: Construct, id: str, load_balancer_arn: str, security_group_id: str,
        hosted_zone_id: str | None, dns_name: str | None, allows_all_outbound: bool | None, vpc: IVpc | None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=load_balancer_arn)
        from l2 import ec2

        self._hosted_zone_id = hosted_zone_id
        self._dns_name = dns_name
        self.vpc = vpc
        self.load_balancer_arn = load_balancer_arn
        self.ip_address_type: IpAddressType | None = None
        self.connections = ec2.Connections(
            security_groups=[
                ec2.SecurityGroup.from_security_group_id(
                    self, "SecurityGroup", security_group_id, allow_all_outbound=allows_all_outbound
                )
            ]
        )
        self.metrics = _ApplicationLoadBalancerMetrics(self, parse_load_balancer_full_name(load_balancer_arn))

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str:
        if self._hosted_zone_id:
            return self._hosted_zone_id
        raise ValidationError(
            "'loadBalancerCanonicalHostedZoneId' was not provided when constructing Application Load Balancer "
            f"{self.node.path} from attributes",
            self,
        )

    @property
    def load_balancer_dns_name(self) -> str:
        if self._dns_name:
            return self._dns_name
        raise ValidationError(
            f"'loadBalancerDnsName' was not provided when constructing Application Load Balancer {self.node.path} "
            "from attributes",
            self,
        )


_IP_TYPES = {
    "ipv4": IpAddressType.IPV4,
    "dualstack": IpAddressType.DUAL_STACK,
    "dualstack-without-public-ipv4": IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4,
}


class _LookedUpApplicationLoadBalancer(_ExternalApplicationLoadBalancer):
    def __init__(self, scope: Construct, id: str, props: dict[str, Any]) -> None:
        super().__init__(scope, id, environment_from_arn=props["loadBalancerArn"])
        from l2 import ec2

        self.load_balancer_arn = props["loadBalancerArn"]
        self.load_balancer_canonical_hosted_zone_id = props["loadBalancerCanonicalHostedZoneId"]
        self.load_balancer_dns_name = props["loadBalancerDnsName"]
        self.ip_address_type = _IP_TYPES.get(props.get("ipAddressType", ""))
        self.vpc = ec2.Vpc.from_lookup(self, "Vpc", vpc_id=props["vpcId"])
        self.connections = ec2.Connections()
        for sg_id in props["securityGroupIds"]:
            self.connections.add_security_group(ec2.SecurityGroup.from_lookup_by_id(self, f"SecurityGroup-{sg_id}", sg_id))
        self.metrics = _ApplicationLoadBalancerMetrics(self, parse_load_balancer_full_name(self.load_balancer_arn))


class NetworkLoadBalancer(_NetworkLoadBalancerMetricMethods, BaseLoadBalancer):
    """A Network Load Balancer (TCP/TLS/UDP).

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC.
        client_routing_policy: how DNS spreads clients across zones.
        cross_zone_enabled: route across Availability Zones (default off).
        deletion_protection: protect the load balancer from deletion (default false).
        deny_all_igw_traffic: block internet gateway traffic (dual-stack only).
        disable_security_groups: create no security group (when the feature flag would add one).
        enable_prefix_for_ipv6_source_nat: source NAT prefixes for IPv6 (needed for dual-stack UDP).
        enforce_security_group_inbound_rules_on_private_link_traffic: evaluate inbound rules for PrivateLink.
        internet_facing: default false (internal).
        ip_address_type: default ``IPV4``.
        load_balancer_name: default generated.
        minimum_capacity_unit: reserved capacity (2750 to 45000 LCUs per zone).
        security_groups: the security groups (default a new one, with the feature flag on).
        subnet_mappings: fixed subnets and addresses (instead of ``vpc_subnets``).
        vpc_subnets: default the public subnets when internet-facing, else the VPC's default selection.
        zonal_shift: allow zonal shift.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-elasticloadbalancingv2.NetworkLoadBalancer"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        client_routing_policy: ClientRoutingPolicy | None = None,
        cross_zone_enabled: bool | None = None,
        deletion_protection: bool | None = None,
        deny_all_igw_traffic: bool | None = None,
        disable_security_groups: bool | None = None,
        enable_prefix_for_ipv6_source_nat: bool | None = None,
        enforce_security_group_inbound_rules_on_private_link_traffic: bool | None = None,
        internet_facing: bool | None = None,
        ip_address_type: IpAddressType | None = None,
        load_balancer_name: str | None = None,
        minimum_capacity_unit: int | float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_mappings: Sequence[SubnetMapping] | None = None,
        vpc_subnets: SubnetSelection | None = None,
        zonal_shift: bool | None = None,
    ) -> None:
        from l2 import ec2

        enforce = enforce_security_group_inbound_rules_on_private_link_traffic
        base = BaseLoadBalancerProps(
            vpc=vpc, cross_zone_enabled=cross_zone_enabled, deletion_protection=deletion_protection,
            deny_all_igw_traffic=deny_all_igw_traffic, internet_facing=internet_facing,
            load_balancer_name=load_balancer_name, minimum_capacity_unit=minimum_capacity_unit,
            vpc_subnets=vpc_subnets,
        )
        super().__init__(
            scope,
            id,
            base,
            {
                "type": "network",
                "security_groups": Lazy.list(lambda: self.security_groups),
                "ip_address_type": ip_address_type,
                "enforce_security_group_inbound_rules_on_private_link_traffic": (
                    None if enforce is None else ("on" if enforce else "off")
                ),
                "enable_prefix_for_ipv6_source_nat": (
                    "on" if enable_prefix_for_ipv6_source_nat is True
                    else "off" if enable_prefix_for_ipv6_source_nat is False else None
                ),
                "subnet_mappings": subnet_mappings,
            },
        )
        if subnet_mappings:
            if internet_facing and any(m.private_ipv4_address is not None for m in subnet_mappings):
                raise ValidationError("Cannot specify `privateIpv4Address` for a internet facing load balancer.", self)
            if internet_facing is not True and any(m.allocation_id is not None for m in subnet_mappings):
                raise ValidationError("Cannot specify `allocationId` for a internal load balancer.", self)
            if enable_prefix_for_ipv6_source_nat is not True and any(
                m.source_nat_ipv6_prefix is not None for m in subnet_mappings
            ):
                raise ValidationError(
                    "Cannot specify `sourceNatIpv6Prefix` for a load balancer that does not have "
                    "`enablePrefixForIpv6SourceNat` enabled.",
                    self,
                )
        if minimum_capacity_unit and not Token.is_unresolved(minimum_capacity_unit):
            per_az = minimum_capacity_unit / len(vpc.availability_zones)
            if int(minimum_capacity_unit) != minimum_capacity_unit or per_az < 2750 or per_az > 45000:
                raise ValidationError(
                    "'minimumCapacityUnit' must be a positive value between 2750 and 45000 per AZ for Network Load "
                    f"Balancer, got {_num(per_az)} LCU per AZ.",
                    self,
                )
        self.enable_prefix_for_ipv6_source_nat = enable_prefix_for_ipv6_source_nat
        self.metrics = _NetworkLoadBalancerMetrics(self, self.load_balancer_full_name)
        self._security_groups_defined = bool(security_groups)
        if security_groups and disable_security_groups:
            raise ValidationError("Cannot specify both `securityGroups` and `disableSecurityGroups` properties.", self)
        groups: Sequence[ISecurityGroup] | None
        if FeatureFlags.of(self).is_enabled(_NLB_SG_FLAG) and not disable_security_groups:
            groups = security_groups if security_groups is not None else [
                ec2.SecurityGroup(
                    self,
                    "SecurityGroup",
                    vpc=vpc,
                    description=f"Automatically created Security Group for ELB {Names.unique_id(self)}",
                    allow_all_outbound=False,
                )
            ]
        else:
            groups = security_groups
        self.connections = ec2.Connections(security_groups=list(groups) if groups else None)
        self.ip_address_type: IpAddressType = ip_address_type or IpAddressType.IPV4
        if client_routing_policy is not None:
            self.set_attribute("dns_record.client_routing_policy", client_routing_policy.value)
        if zonal_shift is not None:
            self.set_attribute("zonal_shift.config.enabled", "true" if zonal_shift else "false")
        self._enforce = enforce

    @property
    def security_groups(self) -> list[str] | None:
        """The ids of the load balancer's security groups (``None`` when it has none)."""
        if self._security_groups_defined or self.connections.security_groups:
            return [sg.security_group_id for sg in self.connections.security_groups]
        return None

    @property
    def enforce_security_group_inbound_rules_on_private_link_traffic(self) -> str | None:
        """``"on"``/``"off"`` when set."""
        if self._enforce is None:
            return None
        return "on" if self._enforce else "off"

    @staticmethod
    def from_lookup(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str | None = None,
        load_balancer_tags: Mapping[str, str] | None = None,
    ) -> INetworkLoadBalancer:
        """Find an existing Network Load Balancer with the ``load-balancer`` context provider."""
        props = _query_load_balancer(scope, load_balancer_arn, load_balancer_tags, "network")
        return _LookedUpNetworkLoadBalancer(scope, id, props)

    @staticmethod
    def from_network_load_balancer_attributes(
        scope: Construct,
        id: str,
        *,
        load_balancer_arn: str,
        load_balancer_canonical_hosted_zone_id: str | None = None,
        load_balancer_dns_name: str | None = None,
        load_balancer_security_groups: Sequence[str] | None = None,
        vpc: IVpc | None = None,
    ) -> INetworkLoadBalancer:
        """An existing Network Load Balancer from its attributes."""
        return _ImportedNetworkLoadBalancer(
            scope, id, load_balancer_arn, load_balancer_canonical_hosted_zone_id, load_balancer_dns_name,
            load_balancer_security_groups, vpc,
        )

    def add_listener(
        self,
        id: str,
        *,
        port: int | float,
        alpn_policy: AlpnPolicy | None = None,
        certificates: Sequence[IListenerCertificate] | None = None,
        default_action: NetworkListenerAction | None = None,
        default_target_groups: Sequence[INetworkTargetGroup] | None = None,
        protocol: Protocol | None = None,
        ssl_policy: SslPolicy | None = None,
        tcp_idle_timeout: Duration | None = None,
    ) -> NetworkListener:
        """Add a listener (see ``NetworkListener``)."""
        from l2.elasticloadbalancingv2._network_listener import NetworkListener

        if (
            protocol in (Protocol.UDP, Protocol.TCP_UDP)
            and self.ip_address_type in (IpAddressType.DUAL_STACK, IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4)
            and self.enable_prefix_for_ipv6_source_nat is not True
        ):
            raise ValidationError(
                "To add a listener with UDP protocol to a dual stack NLB, 'enablePrefixForIpv6SourceNat' must be set "
                "to true.",
                self,
            )
        return NetworkListener(
            self, id, load_balancer=self, port=port, alpn_policy=alpn_policy, certificates=certificates,
            default_action=default_action, default_target_groups=default_target_groups, protocol=protocol,
            ssl_policy=ssl_policy, tcp_idle_timeout=tcp_idle_timeout,
        )

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the load balancer."""
        self.connections.add_security_group(security_group)


class _ExternalNetworkLoadBalancer(_NetworkLoadBalancerMetricMethods, Resource):
    enforce_security_group_inbound_rules_on_private_link_traffic: str | None = None
    load_balancer_arn: str

    @property
    def load_balancer_ref(self) -> LoadBalancerReference:
        from l1.interfaces.elasticloadbalancingv2 import LoadBalancerReference

        return LoadBalancerReference(load_balancer_arn=self.load_balancer_arn)

    def add_listener(self, id: str, **props: Any) -> NetworkListener:
        from l2.elasticloadbalancingv2._network_listener import NetworkListener

        return NetworkListener(self, id, load_balancer=self, **props)  # type: ignore[arg-type]


class _ImportedNetworkLoadBalancer(_ExternalNetworkLoadBalancer):
    def __init__(
        self, scope: Construct, id: str, load_balancer_arn: str, hosted_zone_id: str | None, dns_name: str | None,
        security_groups: Sequence[str] | None, vpc: IVpc | None,
    ) -> None:
        super().__init__(scope, id, environment_from_arn=load_balancer_arn)
        from l2 import ec2

        self._hosted_zone_id = hosted_zone_id
        self._dns_name = dns_name
        self.connections = ec2.Connections(
            security_groups=[
                ec2.SecurityGroup.from_security_group_id(self, f"SecurityGroup-{i}", sg)
                for i, sg in enumerate(security_groups)
            ]
            if security_groups is not None
            else None
        )
        self.load_balancer_arn = load_balancer_arn
        self.vpc = vpc
        self.load_balancer_full_name = parse_load_balancer_full_name(load_balancer_arn)
        self.metrics = _NetworkLoadBalancerMetrics(self, self.load_balancer_full_name)
        self.security_groups = list(security_groups) if security_groups is not None else None
        self.ip_address_type: IpAddressType | None = None

    @property
    def load_balancer_canonical_hosted_zone_id(self) -> str:
        if self._hosted_zone_id:
            return self._hosted_zone_id
        raise ValidationError(
            "'loadBalancerCanonicalHostedZoneId' was not provided when constructing Network Load Balancer "
            f"{self.node.path} from attributes",
            self,
        )

    @property
    def load_balancer_dns_name(self) -> str:
        if self._dns_name:
            return self._dns_name
        raise ValidationError(
            f"'loadBalancerDnsName' was not provided when constructing Network Load Balancer {self.node.path} from "
            "attributes",
            self,
        )


class _LookedUpNetworkLoadBalancer(_ExternalNetworkLoadBalancer):
    def __init__(self, scope: Construct, id: str, props: dict[str, Any]) -> None:
        super().__init__(scope, id, environment_from_arn=props["loadBalancerArn"])
        from l2 import ec2

        self.load_balancer_arn = props["loadBalancerArn"]
        self.load_balancer_canonical_hosted_zone_id = props["loadBalancerCanonicalHostedZoneId"]
        self.load_balancer_dns_name = props["loadBalancerDnsName"]
        self.load_balancer_full_name = parse_load_balancer_full_name(self.load_balancer_arn)
        self.metrics = _NetworkLoadBalancerMetrics(self, self.load_balancer_full_name)
        self.security_groups = list(props["securityGroupIds"])
        self.connections = ec2.Connections(
            security_groups=[
                ec2.SecurityGroup.from_lookup_by_id(self, f"SecurityGroup-{i}", sg)
                for i, sg in enumerate(props["securityGroupIds"])
            ]
        )
        ip = props.get("ipAddressType")
        self.ip_address_type = _IP_TYPES.get(ip) if ip in ("ipv4", "dualstack") else None
        self.vpc = ec2.Vpc.from_lookup(self, "Vpc", vpc_id=props["vpcId"])


__all__ = ["ApplicationLoadBalancer", "BaseLoadBalancer", "NetworkLoadBalancer"]

