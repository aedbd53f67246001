"""Port of aws-ec2 integ.vpn-pre-shared-key-token: the tunnel's pre-shared key as a SecretValue."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpn")
vpc = ec2.Vpc(
    stack,
    "MyVpc",
    ip_addresses=ec2.IpAddresses.cidr("10.10.0.0/16"),
    vpn_connections={
        "Dynamic": ec2.VpnConnectionOptions(
            ip="52.85.255.164",
            tunnel_options=[ec2.VpnTunnelOption(pre_shared_key_secret=cdk.SecretValue.unsafe_plain_text("ssmpwaaa"))],
        ),
    },
)
vpc.add_vpn_connection("Static", ip="52.85.255.197", static_routes=["192.168.10.0/24", "192.168.20.0/24"])
app.synth()
