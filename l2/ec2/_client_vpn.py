"""Client VPN: ``ClientVpnEndpoint`` (``AWS::EC2::ClientVpnEndpoint`` with its subnet associations),
``ClientVpnAuthorizationRule``, ``ClientVpnRoute`` and their options."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    CfnOutput,
    Construct,
    DependencyGroup,
    Resource,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.ec2._connections import Connections

if TYPE_CHECKING:
    from l1.ec2 import CfnClientVpnEndpoint
    from l1.interfaces.ec2 import ClientVpnEndpointReference
    from l2.ec2._interfaces import IClientVpnConnectionHandler, IClientVpnEndpoint, ISubnet
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._vpc import IVpc, SubnetSelection
    from l2.iam import ISamlProvider
    from l2.logs import ILogGroup, ILogStream


class ClientVpnSessionTimeout(enum.Enum):
    """The maximum VPN session duration."""

    EIGHT_HOURS = 8
    TEN_HOURS = 10
    TWELVE_HOURS = 12
    TWENTY_FOUR_HOURS = 24


class TransportProtocol(enum.Enum):
    """The transport protocol of a client VPN endpoint."""

    TCP = "tcp"
    UDP = "udp"


class VpnPort(enum.Enum):
    """The port of a client VPN endpoint."""

    HTTPS = 443
    OPENVPN = 1194


@structs.frozen(kw_only=True)
class ClientRouteEnforcementOptions:
    """Client route enforcement: keep the client's routes as the endpoint configures them.

    Args:
        enforced: enforce the routes.
    """

    enforced: bool


class ClientVpnUserBasedAuthentication:
    """User-based authentication: ``active_directory(directory_id)`` or ``federated(saml_provider)``."""

    def __init__(self) -> None:
        self._rendered: dict[str, Any] = {}

    @staticmethod
    def active_directory(directory_id: str) -> ClientVpnUserBasedAuthentication:
        """Active Directory authentication."""
        out = ClientVpnUserBasedAuthentication()
        out._rendered = {"type": "directory-service-authentication", "active_directory": directory_id}
        return out

    @staticmethod
    def federated(
        saml_provider: ISamlProvider, self_service_saml_provider: ISamlProvider | None = None
    ) -> ClientVpnUserBasedAuthentication:
        """Federated (SAML) authentication."""
        out = ClientVpnUserBasedAuthentication()
        out._rendered = {
            "type": "federated-authentication",
            "saml": saml_provider.saml_provider_arn,
            "self_service": self_service_saml_provider.saml_provider_arn
            if self_service_saml_provider is not None else None,
        }
        return out

    def render(self) -> CfnClientVpnEndpoint.ClientAuthenticationRequestProperty:
        """The authentication option of the endpoint (an L1 property value)."""
        from l1.ec2 import CfnClientVpnEndpoint

        r = self._rendered
        if r.get("type") == "directory-service-authentication":
            return CfnClientVpnEndpoint.ClientAuthenticationRequestProperty(
                type=r["type"],
                active_directory=CfnClientVpnEndpoint.DirectoryServiceAuthenticationRequestProperty(
                    directory_id=r["active_directory"]),
            )
        return CfnClientVpnEndpoint.ClientAuthenticationRequestProperty(
            type=r["type"],
            federated_authentication=CfnClientVpnEndpoint.FederatedAuthenticationRequestProperty(
                saml_provider_arn=r["saml"], self_service_saml_provider_arn=r["self_service"]),
        )


class ClientVpnRouteTarget:
    """Where a client VPN route goes: a subnet (``subnet``) or the local network (``local``).

    Args:
        subnet_id: the subnet traffic is routed through, or ``local`` for the local network; use the factories
            instead.
    """

    def __init__(self, subnet_id: str) -> None:
        self.subnet_id = subnet_id

    @staticmethod
    def subnet(subnet: ISubnet) -> ClientVpnRouteTarget:
        """A subnet associated with the endpoint."""
        return ClientVpnRouteTarget(subnet.subnet_id)

    @staticmethod
    def local() -> ClientVpnRouteTarget:
        """The local network."""
        return ClientVpnRouteTarget("local")


@structs.frozen(kw_only=True)
class ClientVpnAuthorizationRuleOptions:
    """Options of ``ClientVpnEndpoint.add_authorization_rule``.

    Args:
        cidr: the network the rule grants access to.
        description: a description.
        group_id: the Active Directory / IdP group allowed (default: all users).
    """

    cidr: str
    description: str | None = None
    group_id: str | None = None


@structs.frozen(kw_only=True)
class ClientVpnAuthorizationRuleProps(ClientVpnAuthorizationRuleOptions):
    """The properties of a ``ClientVpnAuthorizationRule``.

    Takes the keyword arguments of ``ClientVpnAuthorizationRule`` (see that class for each keyword).
    """

    client_vpn_endpoint: IClientVpnEndpoint | None = None


@structs.frozen(kw_only=True)
class ClientVpnRouteOptions:
    """Options of ``ClientVpnEndpoint.add_route``.

    Args:
        cidr: the destination.
        target: where the route goes.
        description: a description.
    """

    cidr: str
    target: ClientVpnRouteTarget
    description: str | None = None


@structs.frozen(kw_only=True)
class ClientVpnRouteProps(ClientVpnRouteOptions):
    """The properties of a ``ClientVpnRoute``.

    Takes the keyword arguments of ``ClientVpnRoute`` (see that class for each keyword).
    """

    client_vpn_endpoint: IClientVpnEndpoint | None = None


@structs.frozen(kw_only=True)
class ClientVpnEndpointAttributes:
    """An existing client VPN endpoint.

    Args:
        endpoint_id: its id.
        security_groups: its security groups.
    """

    endpoint_id: str
    security_groups: Sequence[ISecurityGroup]


@structs.frozen(kw_only=True)
class ClientVpnEndpointOptions:
    """Options of a client VPN endpoint (``Vpc.add_client_vpn_endpoint``; see ``ClientVpnEndpoint``)."""

    cidr: str
    server_certificate_arn: str
    authorize_all_users_to_vpc_cidr: bool | None = None
    client_certificate_arn: str | None = None
    client_connection_handler: IClientVpnConnectionHandler | None = None
    client_login_banner: str | None = None
    client_route_enforcement_options: ClientRouteEnforcementOptions | None = None
    description: str | None = None
    disconnect_on_session_timeout: bool | None = None
    dns_servers: Sequence[str] | None = None
    logging: bool | None = None
    log_group: ILogGroup | None = None
    log_stream: ILogStream | None = None
    port: VpnPort | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    self_service_portal: bool | None = None
    session_timeout: ClientVpnSessionTimeout | None = None
    split_tunnel: bool | None = None
    transport_protocol: TransportProtocol | None = None
    user_based_authentication: ClientVpnUserBasedAuthentication | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class ClientVpnEndpointProps(ClientVpnEndpointOptions):
    """The properties of a ``ClientVpnEndpoint``."""

    vpc: IVpc


def _endpoint_of(scope: Construct, kind: str, endpoint: Any) -> Any:
    if endpoint is None:
        raise ValidationError(
            f"{kind}: either clientVpnEndpoint or clientVpnEndoint (deprecated) must be specified", scope
        )
    return endpoint


class ClientVpnAuthorizationRule(Resource):
    """An authorization rule of a client VPN endpoint (``AWS::EC2::ClientVpnAuthorizationRule``).

    Args:
        client_vpn_endpoint: the endpoint.
        cidr: the network the rule grants access to.
        group_id: the group allowed (default: all users).
        description: a description.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.ClientVpnAuthorizationRule"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cidr: str,
        client_vpn_endpoint: IClientVpnEndpoint | None = None,
        description: str | None = None,
        group_id: str | None = None,
    ) -> None:
        from l1.ec2 import CfnClientVpnAuthorizationRule

        endpoint = _endpoint_of(scope, "ClientVpnAuthorizationRule", client_vpn_endpoint)
        super().__init__(scope, id)
        CfnClientVpnAuthorizationRule(
            self, "Resource", client_vpn_endpoint_id=endpoint.endpoint_id, target_network_cidr=cidr,
            access_group_id=group_id, authorize_all_groups=not group_id, description=description,
        )


class ClientVpnRoute(Resource):
    """A route of a client VPN endpoint (``AWS::EC2::ClientVpnRoute``), after its subnet associations.

    Args:
        client_vpn_endpoint: the endpoint.
        cidr: the destination.
        target: the target subnet (or ``ClientVpnRouteTarget.local()``).
        description: a description.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.ClientVpnRoute"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cidr: str,
        target: ClientVpnRouteTarget,
        client_vpn_endpoint: IClientVpnEndpoint | None = None,
        description: str | None = None,
    ) -> None:
        from l1.ec2 import CfnClientVpnRoute

        endpoint = _endpoint_of(scope, "ClientVpnRoute", client_vpn_endpoint)
        super().__init__(scope, id)
        route = CfnClientVpnRoute(self, "Resource", client_vpn_endpoint_id=endpoint.endpoint_id,
                                  description=description, destination_cidr_block=cidr,
                                  target_vpc_subnet_id=target.subnet_id)
        route.node.add_dependency(endpoint.target_networks_associated)


class _ImportedClientVpnEndpoint(Resource):
    def __init__(self, scope: Construct, id: str, endpoint_id: str, security_groups: Sequence[Any]) -> None:
        super().__init__(scope, id)
        self.endpoint_id = endpoint_id
        self.connections = Connections(security_groups=list(security_groups))
        self.target_networks_associated = DependencyGroup()


def _enabled(value: bool | None) -> str | None:
    return None if value is None else ("enabled" if value else "disabled")


class ClientVpnEndpoint(Resource):
    """A client VPN endpoint, associated with the selected subnets of a VPC.

    Args:
        vpc: the VPC.
        cidr: the client address range (must not overlap the VPC).
        server_certificate_arn: the ACM server certificate.
        client_certificate_arn: mutual authentication with this client root certificate.
        user_based_authentication: Active Directory or federated authentication.
        authorize_all_users_to_vpc_cidr: add a rule ``AuthorizeAll`` for the VPC CIDR (default true).
        vpc_subnets: the subnets to associate (default: the VPC's default selection).
        security_groups: default a new one.
        logging / log_group / log_stream: connection logging (default on, to a new log group).
        dns_servers: up to two DNS servers.
        client_connection_handler: a Lambda function named ``AWSClientVPN-*``.
        client_login_banner: up to 1400 characters.
        client_route_enforcement_options: route enforcement (not with ``split_tunnel``).
        self_service_portal: the self-service portal (default on with user-based authentication).
        description, port, session_timeout, disconnect_on_session_timeout, split_tunnel, transport_protocol: the
            CloudFormation properties.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.ClientVpnEndpoint"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        cidr: str,
        server_certificate_arn: str,
        authorize_all_users_to_vpc_cidr: bool | None = None,
        client_certificate_arn: str | None = None,
        client_connection_handler: IClientVpnConnectionHandler | None = None,
        client_login_banner: str | None = None,
        client_route_enforcement_options: ClientRouteEnforcementOptions | None = None,
        description: str | None = None,
        disconnect_on_session_timeout: bool | None = None,
        dns_servers: Sequence[str] | None = None,
        logging: bool | None = None,
        log_group: ILogGroup | None = None,
        log_stream: ILogStream | None = None,
        port: VpnPort | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        self_service_portal: bool | None = None,
        session_timeout: ClientVpnSessionTimeout | None = None,
        split_tunnel: bool | None = None,
        transport_protocol: TransportProtocol | None = None,
        user_based_authentication: ClientVpnUserBasedAuthentication | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l1.ec2 import CfnClientVpnEndpoint, CfnClientVpnTargetNetworkAssociation
        from l2.ec2._network_util import CidrBlock
        from l2.ec2._security_group import SecurityGroup
        from l2.ec2._vpc import _options

        super().__init__(scope, id)
        vpc_cidr: str = vpc.vpc_cidr_block  # type: ignore[attr-defined]
        if not Token.is_unresolved(vpc_cidr):
            if CidrBlock(vpc_cidr).contains_cidr(CidrBlock(cidr)):
                raise ValidationError("The client CIDR cannot overlap with the local CIDR of the VPC", self)
        if dns_servers and len(dns_servers) > 2:
            raise ValidationError("A client VPN endpoint can have up to two DNS servers", self)
        if logging is False and (log_group is not None or log_stream is not None):
            raise ValidationError("Cannot specify `logGroup` or `logStream` when logging is disabled", self)
        if client_connection_handler is not None and not Token.is_unresolved(
            client_connection_handler.function_name
        ) and not client_connection_handler.function_name.startswith("AWSClientVPN-"):
            raise ValidationError("The name of the Lambda function must begin with the `AWSClientVPN-` prefix", self)
        if client_login_banner and not Token.is_unresolved(client_login_banner) and len(client_login_banner) > 1400:
            raise ValidationError(
                f"The maximum length for the client login banner is 1400, got {len(client_login_banner)}", self
            )
        if client_route_enforcement_options is not None and client_route_enforcement_options.enforced and split_tunnel:
            raise ValidationError("Client Route Enforcement cannot be enabled when splitTunnel is true.", self)
        log = True if logging is None else logging
        group = None
        if log:
            if log_group is not None:
                group = log_group
            else:
                from l2 import logs

                group = logs.LogGroup(self, "LogGroup")
        groups = list(security_groups) if security_groups is not None else [SecurityGroup(self, "SecurityGroup",
                                                                                          vpc=vpc)]
        self.connections = Connections(security_groups=groups)
        auth: list[Any] = []
        if client_certificate_arn:
            auth.append(CfnClientVpnEndpoint.ClientAuthenticationRequestProperty(
                type="certificate-authentication",
                mutual_authentication=CfnClientVpnEndpoint.CertificateAuthenticationRequestProperty(
                    client_root_certificate_chain_arn=client_certificate_arn),
            ))
        if user_based_authentication is not None:
            auth.append(user_based_authentication.render())
        if not auth:
            raise UnscopedValidationError("A client VPN endpoint must use at least one authentication option")
        endpoint = CfnClientVpnEndpoint(
            self,
            "Resource",
            authentication_options=auth,
            client_cidr_block=cidr,
            client_connect_options=CfnClientVpnEndpoint.ClientConnectOptionsProperty(
                enabled=True, lambda_function_arn=client_connection_handler.function_arn)
            if client_connection_handler is not None else None,
            connection_log_options=CfnClientVpnEndpoint.ConnectionLogOptionsProperty(
                enabled=log,
                cloudwatch_log_group=group.log_group_name if group is not None else None,
                cloudwatch_log_stream=log_stream.log_stream_name if log_stream is not None else None,
            ),
            description=description,
            dns_servers=list(dns_servers) if dns_servers is not None else None,
            client_route_enforcement_options=CfnClientVpnEndpoint.ClientRouteEnforcementOptionsProperty(
                enforced=client_route_enforcement_options.enforced)
            if client_route_enforcement_options is not None else None,
            security_group_ids=[g.security_group_id for g in groups],
            self_service_portal=_enabled(self_service_portal),
            server_certificate_arn=server_certificate_arn,
            split_tunnel=split_tunnel,
            transport_protocol=transport_protocol.value if transport_protocol is not None else None,
            vpc_id=vpc.vpc_id,
            vpn_port=port.value if port is not None else None,
            session_timeout_hours=session_timeout.value if session_timeout is not None else None,
            disconnect_on_session_timeout=disconnect_on_session_timeout,
            client_login_banner_options=CfnClientVpnEndpoint.ClientLoginBannerOptionsProperty(
                enabled=True, banner_text=client_login_banner)
            if client_login_banner else None,
        )
        self.endpoint_id: str = endpoint.ref
        if user_based_authentication is not None and (self_service_portal is None or self_service_portal):
            CfnOutput(self, "SelfServicePortalUrl",
                      value=f"https://self-service.clientvpn.amazonaws.com/endpoints/{self.endpoint_id}")
        subnet_ids = vpc.select_subnets(**(_options(vpc_subnets) if vpc_subnets is not None else {})).subnet_ids
        if Token.is_unresolved(subnet_ids):
            raise ValidationError(
                "Cannot associate subnets when VPC are imported from parameters or exports containing lists of "
                "subnet IDs.",
                self,
            )
        self._associated = DependencyGroup()
        for idx, subnet_id in enumerate(subnet_ids):
            self._associated.add(CfnClientVpnTargetNetworkAssociation(
                self, f"Association{idx}", client_vpn_endpoint_id=self.endpoint_id, subnet_id=subnet_id))
        self.target_networks_associated = self._associated
        if authorize_all_users_to_vpc_cidr is None or authorize_all_users_to_vpc_cidr:
            self.add_authorization_rule("AuthorizeAll", cidr=vpc_cidr)

    @property
    def client_vpn_endpoint_ref(self) -> ClientVpnEndpointReference:
        """A reference to this endpoint (``client_vpn_endpoint_id``)."""
        from l1.interfaces.ec2 import ClientVpnEndpointReference

        return ClientVpnEndpointReference(client_vpn_endpoint_id=self.endpoint_id)

    @staticmethod
    def from_endpoint_attributes(
        scope: Construct, id: str, *, endpoint_id: str, security_groups: Sequence[ISecurityGroup]
    ) -> IClientVpnEndpoint:
        """An existing endpoint."""
        return _ImportedClientVpnEndpoint(scope, id, endpoint_id, security_groups)  # type: ignore[return-value]

    def add_authorization_rule(
        self, id: str, *, cidr: str, description: str | None = None, group_id: str | None = None
    ) -> ClientVpnAuthorizationRule:
        """Add an authorization rule."""
        return ClientVpnAuthorizationRule(self, id, cidr=cidr, description=description, group_id=group_id,
                                          client_vpn_endpoint=self)  # type: ignore[arg-type]

    def add_route(
        self, id: str, *, cidr: str, target: ClientVpnRouteTarget, description: str | None = None
    ) -> ClientVpnRoute:
        """Add a route."""
        return ClientVpnRoute(self, id, cidr=cidr, target=target, description=description,
                              client_vpn_endpoint=self)  # type: ignore[arg-type]
