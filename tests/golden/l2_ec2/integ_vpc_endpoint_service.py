"""Port of aws-cdk's integ.vpc-endpoint-service: an endpoint service in front of a network load balancer, with
acceptance, Contributor Insights, IPv4 and allowed regions."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=3, nat_gateways=1)
        load_balancer = elbv2.NetworkLoadBalancer(self, "NLB", vpc=vpc)
        ec2.VpcEndpointService(
            self,
            "vpcEndpointService",
            vpc_endpoint_service_load_balancers=[load_balancer],
            acceptance_required=True,
            contributor_insights=True,
            supported_ip_address_types=[ec2.IpAddressType.IPV4],
            allowed_regions=["us-east-1", "eu-west-1"],
        )


TestStack(app, "TestStackLoadBalancer")
app.synth()
