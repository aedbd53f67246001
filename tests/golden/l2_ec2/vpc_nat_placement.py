"""NAT gateways placed in a named public group, with given EIP allocations and a drain duration."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "VpcNatPlacement")
ec2.Vpc(
    stack,
    "Vpc",
    max_azs=2,
    nat_gateway_provider=ec2.NatProvider.gateway(
        eip_allocation_ids=["eipalloc-1", "eipalloc-2"], max_drain_duration=cdk.Duration.minutes(5)
    ),
    nat_gateway_subnets=ec2.SubnetSelection(subnet_group_name="Egress"),
    subnet_configuration=[
        ec2.SubnetConfiguration(name="Front", subnet_type=ec2.SubnetType.PUBLIC, map_public_ip_on_launch=False),
        ec2.SubnetConfiguration(name="Egress", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26),
        ec2.SubnetConfiguration(name="Work", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    ],
)
ec2.Vpc(stack, "OneNat", nat_gateways=1, max_azs=3)
app.synth()
