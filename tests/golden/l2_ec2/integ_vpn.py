"""Port of aws-ec2 integ.vpn: a dynamic VPN connection (prop) and a static one (method)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpn")
stack.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
vpc = ec2.Vpc(
    stack,
    "MyVpc",
    ip_addresses=ec2.IpAddresses.cidr("10.10.0.0/16"),
    vpn_connections={
        "Dynamic": ec2.VpnConnectionOptions(
            ip="52.85.255.164", tunnel_options=[ec2.VpnTunnelOption(pre_shared_key="secretkey1234")]
        ),
    },
)
vpc.add_vpn_connection("Static", ip="52.85.255.197", static_routes=["192.168.10.0/24", "192.168.20.0/24"])
app.synth()
