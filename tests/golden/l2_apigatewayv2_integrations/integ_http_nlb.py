"""Port of aws-cdk's integ test http/integ.nlb.ts: an HTTP API whose default integration is a Network Load
Balancer listener with a 20-second timeout (IntegTest and its assertions dropped)."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk.aws_apigatewayv2 import HttpApi
from aws_cdk.aws_apigatewayv2_integrations import HttpNlbIntegration

app = App()

stack = Stack(app, "integ-nlb-integration")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
lb = elbv2.NetworkLoadBalancer(stack, "lb", vpc=vpc)
listener = lb.add_listener("listener", port=80)
listener.add_targets("target", port=80)

HttpApi(
    stack, "HttpProxyPrivateApi",
    default_integration=HttpNlbIntegration("DefaultIntegration", listener, timeout=Duration.seconds(20)),
)

app.synth()
