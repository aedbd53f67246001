"""Client VPN endpoints: Active Directory authentication (self-service portal output), routes and authorization
rules, session timeout, port, transport protocol, split tunnel, DNS servers, login banner, logging off, own
security groups and subnets, route enforcement, and an imported endpoint."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "ClientVpn")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
endpoint = ec2.ClientVpnEndpoint(
    stack,
    "Endpoint",
    vpc=vpc,
    cidr="10.100.0.0/16",
    server_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/server",
    user_based_authentication=ec2.ClientVpnUserBasedAuthentication.active_directory("d-1234567890"),
    authorize_all_users_to_vpc_cidr=False,
    session_timeout=ec2.ClientVpnSessionTimeout.TWELVE_HOURS,
    port=ec2.VpnPort.OPENVPN,
    transport_protocol=ec2.TransportProtocol.TCP,
    split_tunnel=True,
    dns_servers=["10.0.0.2", "8.8.8.8"],
    client_login_banner="Welcome",
    logging=False,
    description="vpn",
    disconnect_on_session_timeout=True,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
)
endpoint.add_authorization_rule("Rule", cidr="10.0.10.0/32", group_id="group-id", description="one host")
endpoint.add_route("Route", cidr="10.100.0.0/16", target=ec2.ClientVpnRouteTarget.local(), description="local")
endpoint.add_route("ToSubnet", cidr="0.0.0.0/0", target=ec2.ClientVpnRouteTarget.subnet(vpc.isolated_subnets[0]))
endpoint.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
enforced = ec2.ClientVpnEndpoint(
    stack,
    "Enforced",
    vpc=vpc,
    cidr="10.200.0.0/16",
    server_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/server",
    client_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/client",
    client_route_enforcement_options=ec2.ClientRouteEnforcementOptions(enforced=True),
    security_groups=[sg],
    self_service_portal=False,
)
imported = ec2.ClientVpnEndpoint.from_endpoint_attributes(stack, "Imported", endpoint_id="cvpn-endpoint-123",
                                                          security_groups=[sg])
ec2.ClientVpnAuthorizationRule(stack, "ImportedRule", client_vpn_endpoint=imported, cidr="10.0.0.0/16")
cdk.CfnOutput(stack, "EnforcedId", value=enforced.endpoint_id)
app.synth()
