"""VPN gateways: an ASN and route propagation to chosen subnets; a gateway enabled by a later connection."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcVpn")
ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    nat_gateways=0,
    vpn_gateway=True,
    vpn_gateway_asn=64512,
    vpn_route_propagation=[
        ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
        ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    ],
)
later = ec2.Vpc(stack, "Later", max_azs=1, nat_gateways=0)
later.add_vpn_connection(
    "Office",
    ip="203.0.113.10",
    asn=65010,
    tunnel_options=[
        ec2.VpnTunnelOption(tunnel_inside_cidr="169.254.10.0/30"),
        ec2.VpnTunnelOption(tunnel_inside_cidr="169.254.11.0/30", pre_shared_key="abcdefgh1"),
    ],
)
cdk.CfnOutput(stack, "GatewayId", value=later.vpn_gateway_id)
app.synth()
