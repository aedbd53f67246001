"""Port of aws-cdk's aws-route53 integ.vpc-endpoint-service-domain-name.ts (the assertion stack of the integ-test
framework left out): a private DNS name for an endpoint service, verified in a public zone."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53


@jsii.implements(ec2.IVpcEndpointServiceLoadBalancer)
class DummyEndpointLoadBalancer:
    """A network load balancer as a raw resource (the test avoids a dependency on elbv2)."""

    def __init__(self, scope, id, vpc):
        lb = cdk.CfnResource(scope, id, type="AWS::ElasticLoadBalancingV2::LoadBalancer", properties={
            "Type": "network", "Name": "mylb", "Scheme": "internal", "Subnets": [vpc.private_subnets[0].subnet_id],
        })
        self._arn = lb.ref

    @property
    def load_balancer_arn(self):
        return self._arn


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-vpc-endpoint-dns-integ")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
nlb = DummyEndpointLoadBalancer(stack, "mylb", vpc)
vpces = ec2.VpcEndpointService(stack, "VPCES", vpc_endpoint_service_load_balancers=[nlb])
zone = route53.PublicHostedZone(stack, "PHZ", zone_name="aws-cdk.dev")
route53.VpcEndpointServiceDomainName(stack, "EndpointDomain", endpoint_service=vpces,
                                     domain_name="my-stuff.aws-cdk.dev", public_hosted_zone=zone)
app.synth()
