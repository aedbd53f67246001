"""Port of aws-ec2 integ.vpc-endpoint-ip-address-type: IPv4 and IPv6 interface endpoints in a dual-stack VPC.

The TypeScript test passes ``IpAddressType`` (same string values); Python's typed API takes
``VpcEndpointIpAddressType``.
"""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcEndpointIpAddressTypeStack")
vpc = ec2.Vpc(stack, "DualStackVpc", ip_protocol=ec2.IpProtocol.DUAL_STACK)
vpc.add_interface_endpoint(
    "IPv4",
    private_dns_enabled=False,
    service=ec2.InterfaceVpcEndpointAwsService.BEDROCK,
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    ip_address_type=ec2.VpcEndpointIpAddressType.IPV4,
)
vpc.add_interface_endpoint(
    "IPv6",
    private_dns_enabled=False,
    service=ec2.InterfaceVpcEndpointAwsService.S3_TABLES,
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    ip_address_type=ec2.VpcEndpointIpAddressType.IPV6,
)
app.synth()
