"""Port of aws-cdk's integ.nat-instances-v2-arm: a Graviton (t4g) V2 NAT instance in a VPC with an internal ALB reached through an
HTTP API (``IntegTest`` and its HTTP assertion dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigwv2
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2


class NatInstanceStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        provider = ec2.NatProvider.instance_v2(instance_type=ec2.InstanceType("t4g.nano"))
        vpc = ec2.Vpc(self, "MyVpc", nat_gateway_provider=provider, nat_gateways=1)
        load_balancer = elbv2.ApplicationLoadBalancer(self, "ALB", vpc=vpc)
        listener = load_balancer.add_listener("listener", port=80)
        listener.add_targets("target", port=80)
        listener.add_action("response", action=elbv2.ListenerAction.fixed_response(200))
        http_api = apigwv2.HttpApi(self, "HttpProxyPrivateApi", default_integration=integrations.HttpAlbIntegration(
            "DefaultIntegration", listener), create_default_stage=True)
        self.api_url = http_api.url


app = cdk.App()
NatInstanceStack(app, "aws-cdk-vpc-nat-instances-v2-arm")
app.synth()
