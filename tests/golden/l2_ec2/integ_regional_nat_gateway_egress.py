"""Port of aws-ec2 integ.regional-nat-gateway-egress: Lambda functions in VPCs egressing through regional NAT."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

RETURN_SOURCE_IP = """exports.handler = async () => {
  const res = await fetch('https://checkip.amazonaws.com');
  return (await res.text()).trim();
};"""

RETURN_STATUS_CODE = """exports.handler = async () => {
  const res = await fetch('https://checkip.amazonaws.com');
  return res.status;
};"""


class RegionalNatGatewayEgressStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        eip = ec2.CfnEIP(self, "NatEip")
        manual_mode_vpc = ec2.Vpc(
            self,
            "ManualModeVpc",
            max_azs=1,
            nat_gateway_provider=ec2.NatProvider.regional_gateway(
                availability_zone_addresses=[
                    ec2.AvailabilityZoneAddress(
                        allocation_ids=[eip.attr_allocation_id], availability_zone=self.availability_zones[0]
                    )
                ]
            ),
            subnet_configuration=[ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
        )
        self.manual_mode_eip_address = eip.attr_public_ip
        self.manual_mode_function_name = self.egress_probe("ManualModeProbe", manual_mode_vpc, RETURN_SOURCE_IP).function_name
        automatic_mode_vpc = ec2.Vpc(
            self,
            "AutomaticModeVpc",
            max_azs=1,
            nat_gateway_provider=ec2.NatProvider.regional_gateway(),
            subnet_configuration=[ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS)],
        )
        self.automatic_mode_function_name = self.egress_probe(
            "AutomaticModeProbe", automatic_mode_vpc, RETURN_STATUS_CODE
        ).function_name

    def egress_probe(self, id: str, vpc: ec2.IVpc, code: str) -> lambda_.Function:
        return lambda_.Function(
            self,
            id,
            runtime=lambda_.Runtime.NODEJS_24_X,
            handler="index.handler",
            code=lambda_.Code.from_inline(code),
            timeout=cdk.Duration.seconds(30),
            vpc=vpc,
            vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        )


app = cdk.App()
RegionalNatGatewayEgressStack(app, "RegionalNatGatewayEgressStack")
app.synth()
