"""Port of aws-ec2 integ.regional-nat-gateway: a regional NAT gateway, with automatic, given and per-AZ EIPs."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct

PRIVATE = [ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)]


class MinimalStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        ec2.Vpc(self, "Vpc", nat_gateway_provider=ec2.NatProvider.regional_gateway(), subnet_configuration=PRIVATE)


class WithEipStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        eip = ec2.CfnEIP(self, "NatEip")
        ec2.Vpc(
            self,
            "Vpc",
            nat_gateway_provider=ec2.NatProvider.regional_gateway(allocation_id=eip.attr_allocation_id),
            subnet_configuration=PRIVATE,
        )


class WithAvailabilityZoneAddressesStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        eip1 = ec2.CfnEIP(self, "NatEip1")
        eip2 = ec2.CfnEIP(self, "NatEip2")
        ec2.Vpc(
            self,
            "Vpc",
            nat_gateway_provider=ec2.NatProvider.regional_gateway(
                availability_zone_addresses=[
                    ec2.AvailabilityZoneAddress(allocation_ids=[eip1.attr_allocation_id], availability_zone="us-east-1a"),
                    ec2.AvailabilityZoneAddress(allocation_ids=[eip2.attr_allocation_id], availability_zone="us-east-1b"),
                ]
            ),
            subnet_configuration=PRIVATE,
        )


app = cdk.App()
MinimalStack(app, "RegionalNatGatewayMinimal")
WithEipStack(app, "RegionalNatGatewayWithEip")
WithAvailabilityZoneAddressesStack(app, "RegionalNatGatewayWithAzAddresses")
app.synth()
