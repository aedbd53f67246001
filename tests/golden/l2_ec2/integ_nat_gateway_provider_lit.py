"""Port of aws-ec2 integ.nat-gateway-provider.lit: as integ.nat-gateway-provider, with the integ environment
(account and region from unset variables, so env-agnostic)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class NatGatewayStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, env=cdk.Environment(account=None, region=None))
        nat_gateway_provider = ec2.NatGatewayProvider()
        vpc = ec2.Vpc(self, "MyVpc", nat_gateway_provider=nat_gateway_provider, nat_gateways=1)
        gateway = next(
            x for x in nat_gateway_provider.configured_gateways if x.az == vpc.public_subnets[0].availability_zone
        )
        ec2.CfnRoute(
            self,
            "NewRoute",
            route_table_id=vpc.public_subnets[0].route_table.route_table_id,
            destination_cidr_block="1.2.3.4/32",
            nat_gateway_id=gateway.gateway_id,
        )


app = cdk.App()
NatGatewayStack(app, "aws-cdk-vpc-nat-gateway-provider")
app.synth()
