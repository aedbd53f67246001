"""Site-to-site VPN: ``VpnGateway`` on a VPC and ``VpnConnection`` to a customer gateway."""

from __future__ import annotations

import enum
import ipaddress
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Resource, SecretValue, Token, ValidationError
from constructs.internals import structs
from l2._private.metric_options import given_options as _metric_options

if TYPE_CHECKING:
    from l1.interfaces.ec2 import VPNConnectionReference, VPNGatewayReference
    from l2.cloudwatch import Metric, Unit
    from l2.ec2._vpc import IVpc

RESERVED_TUNNEL_INSIDE_CIDR = (
    "169.254.0.0/30",
    "169.254.1.0/30",
    "169.254.2.0/30",
    "169.254.3.0/30",
    "169.254.4.0/30",
    "169.254.5.0/30",
    "169.254.169.252/30",
)


class VpnConnectionType(enum.Enum):
    """The VPN connection type."""

    IPSEC_1 = "ipsec.1"
    DUMMY = "dummy"


@structs.frozen(kw_only=True)
class VpnTunnelOption:
    """Options of one VPN tunnel.

    Args:
        pre_shared_key: the pre-shared key (8-64 of ``[a-zA-Z0-9._]``, not starting with 0).
        pre_shared_key_secret: the pre-shared key as a secret value.
        tunnel_inside_cidr: a /30 in 169.254.0.0/16 (not a reserved one).
    """

    pre_shared_key: str | None = None
    pre_shared_key_secret: SecretValue | None = None
    tunnel_inside_cidr: str | None = None


@structs.frozen(kw_only=True)
class VpnConnectionOptions:
    """A VPN connection to add to a VPC (see ``VpnConnection``)."""

    ip: str
    asn: int | None = None
    static_routes: Sequence[str] | None = None
    tunnel_options: Sequence[VpnTunnelOption] | None = None


class VpnGateway(Resource):
    """A virtual private gateway.

    Args:
        type: the connection type (``ipsec.1``).
        amazon_side_asn: the ASN of the Amazon side.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.VpnGateway"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(self, scope: Construct, id: str, *, type: str, amazon_side_asn: int | None = None) -> None:
        from l1.ec2 import CfnVPNGateway

        super().__init__(scope, id)
        gateway = CfnVPNGateway(self, "Default", type=type, amazon_side_asn=amazon_side_asn)
        self.gateway_id: str = gateway.ref


def _is_ipv4(ip: str) -> bool:
    try:
        ipaddress.IPv4Address(ip)
    except ValueError:
        return False
    return True


class VpnConnectionBase(Resource):
    """Shared by ``VpnConnection`` and imported connections: the CloudWatch metrics of a VPN connection."""

    vpn_id: str
    customer_gateway_id: str
    customer_gateway_ip: str
    customer_gateway_asn: int | float

    @property
    def vpn_connection_ref(self) -> VPNConnectionReference:
        """A reference to this connection (aws-cdk-lib puts the customer gateway id in it)."""
        from l1.interfaces.ec2 import VPNConnectionReference

        return VPNConnectionReference(vpn_connection_id=self.customer_gateway_id)

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
        """A metric of this VPN connection (namespace ``AWS/VPN``, dimension ``VpnId``)."""
        given = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/VPN", "metric_name": metric_name,
                                   "dimensions_map": {"VpnId": self.vpn_id}}
        options.update(given)
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_tunnel_state(
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
        """The ``TunnelState`` metric of this connection (average by default)."""
        return self.metric("TunnelState", **{"statistic": "Average", **_metric_options(locals())})

    def metric_tunnel_data_in(
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
        """The ``TunnelDataIn`` metric of this connection (sum by default)."""
        return self.metric("TunnelDataIn", **{"statistic": "Sum", **_metric_options(locals())})

    def metric_tunnel_data_out(
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
        """The ``TunnelDataOut`` metric of this connection (sum by default)."""
        return self.metric("TunnelDataOut", **{"statistic": "Sum", **_metric_options(locals())})


class _ImportedVpnConnection(VpnConnectionBase):
    pass


class VpnConnection(VpnConnectionBase):
    """A site-to-site VPN connection through the VPC's VPN gateway (enabled on first use).

    Args:
        vpc: the VPC.
        ip: the customer gateway's public IPv4 address.
        asn: the customer gateway's BGP ASN (default 65000).
        static_routes: static routes (default: dynamic routing).
        tunnel_options: options of up to two tunnels.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.VpnConnection"
    """The id that property injectors of this class name (``IPropertyInjector.construct_unique_id``)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        ip: str,
        asn: int | None = None,
        static_routes: Sequence[str] | None = None,
        tunnel_options: Sequence[VpnTunnelOption] | None = None,
    ) -> None:
        from l1.ec2 import CfnCustomerGateway, CfnVPNConnection, CfnVPNConnectionRoute

        super().__init__(scope, id)
        if not vpc.vpn_gateway_id:
            vpc.enable_vpn_gateway(type="ipsec.1", amazon_side_asn=asn)
        if not Token.is_unresolved(ip) and not _is_ipv4(ip):
            raise ValidationError(f"The `ip` {ip} is not a valid IPv4 address.", self)
        connection_type = VpnConnectionType.IPSEC_1.value
        bgp_asn = asn or 65000
        customer_gateway = CfnCustomerGateway(
            self, "CustomerGateway", bgp_asn=bgp_asn, ip_address=ip, type=connection_type
        )
        self.customer_gateway_id: str = customer_gateway.ref
        self.customer_gateway_asn = bgp_asn
        self.customer_gateway_ip = ip
        if tunnel_options:
            self._validate_tunnels(tunnel_options)
        specifications = (
            [
                CfnVPNConnection.VpnTunnelOptionsSpecificationProperty(
                    pre_shared_key=t.pre_shared_key_secret.unsafe_unwrap()
                    if t.pre_shared_key_secret is not None
                    else t.pre_shared_key,
                    tunnel_inside_cidr=t.tunnel_inside_cidr,
                )
                for t in tunnel_options
            ]
            if tunnel_options is not None
            else None
        )
        connection = CfnVPNConnection(
            self,
            "Resource",
            type=connection_type,
            customer_gateway_id=customer_gateway.ref,
            static_routes_only=bool(static_routes),
            vpn_gateway_id=vpc.vpn_gateway_id,
            vpn_tunnel_options_specifications=specifications,
        )
        self.vpn_id: str = connection.ref
        for route in static_routes or ():
            CfnVPNConnectionRoute(
                self, "Route" + re.sub(r"[^\d]", "", route), destination_cidr_block=route, vpn_connection_id=self.vpn_id
            )

    @staticmethod
    def metric_all(
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
        """A metric of all VPN connections of the account (namespace ``AWS/VPN``)."""
        given = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        return cloudwatch.Metric(namespace="AWS/VPN", metric_name=metric_name, **given)

    @staticmethod
    def metric_all_tunnel_state(
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
        """The ``TunnelState`` metric of all VPN connections (avg by default)."""
        return VpnConnection.metric_all("TunnelState", **{"statistic": "avg", **_metric_options(locals())})

    @staticmethod
    def metric_all_tunnel_data_in(
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
        """The ``TunnelDataIn`` metric of all VPN connections (sum by default)."""
        return VpnConnection.metric_all("TunnelDataIn", **{"statistic": "sum", **_metric_options(locals())})

    @staticmethod
    def metric_all_tunnel_data_out(
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
        """The ``TunnelDataOut`` metric of all VPN connections (sum by default)."""
        return VpnConnection.metric_all("TunnelDataOut", **{"statistic": "sum", **_metric_options(locals())})

    @staticmethod
    def from_vpn_connection_attributes(
        scope: Construct,
        id: str,
        *,
        customer_gateway_asn: int | float,
        customer_gateway_id: str,
        customer_gateway_ip: str,
        vpn_id: str,
    ) -> VpnConnectionBase:
        """An existing VPN connection."""
        out = _ImportedVpnConnection(scope, id)
        out.vpn_id = vpn_id
        out.customer_gateway_id = customer_gateway_id
        out.customer_gateway_ip = customer_gateway_ip
        out.customer_gateway_asn = customer_gateway_asn
        return out

    def _validate_tunnels(self, options: Sequence[VpnTunnelOption]) -> None:
        if len(options) > 2:
            raise ValidationError("Cannot specify more than two `tunnelOptions`", self)
        if (
            len(options) == 2
            and options[0].tunnel_inside_cidr is not None
            and options[0].tunnel_inside_cidr == options[1].tunnel_inside_cidr
        ):
            raise ValidationError(
                f"Same {options[0].tunnel_inside_cidr} `tunnelInsideCidr` cannot be used for both tunnels.", self
            )
        for index, option in enumerate(options):
            key = option.pre_shared_key
            if key and option.pre_shared_key_secret is not None:
                raise ValidationError("Specify at most one of 'preSharedKey' and 'preSharedKeySecret'.", self)
            if key and not Token.is_unresolved(key) and not re.fullmatch(r"[a-zA-Z1-9._][a-zA-Z\d._]{7,63}", key):
                raise ValidationError(
                    f"The `preSharedKey` {key} for tunnel {index + 1} is invalid. Allowed characters are alphanumeric "
                    "characters and ._. Must be between 8 and 64 characters in length and cannot start with zero (0).",
                    self,
                )
            cidr = option.tunnel_inside_cidr
            if cidr:
                if cidr in RESERVED_TUNNEL_INSIDE_CIDR:
                    raise ValidationError(
                        f"The `tunnelInsideCidr` {cidr} for tunnel {index + 1} is a reserved inside CIDR.", self
                    )
                if not re.fullmatch(r"169\.254\.\d{1,3}\.\d{1,3}/30", cidr):
                    raise ValidationError(
                        f"The `tunnelInsideCidr` {cidr} for tunnel {index + 1} is not a size /30 CIDR block from the "
                        "169.254.0.0/16 range.",
                        self,
                    )


def _vpn_gateway_ref(self: VpnGateway) -> VPNGatewayReference:
    """A reference to this gateway (``vpn_gateway_id``)."""
    from l1.interfaces.ec2 import VPNGatewayReference

    return VPNGatewayReference(vpn_gateway_id=self.gateway_id)


VpnGateway.vpn_gateway_ref = property(_vpn_gateway_ref)  # type: ignore[attr-defined]
