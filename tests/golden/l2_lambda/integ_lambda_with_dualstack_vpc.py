"""Port of aws-cdk integ.lambda_with_dualStack_vpc.ts: a function in a dual-stack VPC with IPv6 allowed."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "DualStackVpc")
nat_provider = ec2.NatProvider.gateway()
vpc = ec2.Vpc(stack, "DualStackVpc", ip_protocol=ec2.IpProtocol.DUAL_STACK, subnet_configuration=[
    ec2.SubnetConfiguration(name="Ipv6Public1", subnet_type=ec2.SubnetType.PUBLIC),
    ec2.SubnetConfiguration(name="Ipv6Public2", subnet_type=ec2.SubnetType.PUBLIC),
    ec2.SubnetConfiguration(name="Ipv6Private1", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
], nat_gateway_provider=nat_provider)
nat_gateway_id = nat_provider.configured_gateways[0].gateway_id
vpc.private_subnets[0].add_ipv6_nat64_route(nat_gateway_id)
lambda_.Function(stack, "Lambda_with_IPv6_VPC", code=lambda_.InlineCode("def main(event, context): pass"),
                 handler="index.main", runtime=lambda_.Runtime.PYTHON_3_9, vpc=vpc, ipv6_allowed_for_dual_stack=True)
app.synth()
