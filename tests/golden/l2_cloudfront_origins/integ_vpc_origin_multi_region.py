"""Port of aws-cdk's integ.vpc-origin-multi-region: the same internal-ALB VPC origin distribution in two regions."""

import aws_cdk as cdk
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()


def create_vpc_origin_stack(region: str) -> cdk.Stack:
    stack = cdk.Stack(app, f"integ-cloudfront-vpc-origin-{region}", env=cdk.Environment(region=region))
    vpc = ec2.Vpc(
        stack, "Vpc",
        ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16"),
        nat_gateways=1,
        subnet_configuration=[
            ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC),
            ec2.SubnetConfiguration(name="private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
        ],
    )
    alb = elbv2.ApplicationLoadBalancer(
        stack, "ALB", vpc=vpc, internet_facing=False,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    )
    distribution = cloudfront.Distribution(
        stack, "Distribution",
        default_behavior=cloudfront.BehaviorOptions(
            origin=origins.VpcOrigin.with_application_load_balancer(
                alb, protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY
            ),
            cache_policy=cloudfront.CachePolicy.USE_ORIGIN_CACHE_CONTROL_HEADERS,
            origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER,
        ),
    )
    cdk.CfnOutput(stack, "DistributionDomainName", value=distribution.distribution_domain_name)
    return stack


create_vpc_origin_stack("us-east-1")
create_vpc_origin_stack("us-west-2")
app.synth()
