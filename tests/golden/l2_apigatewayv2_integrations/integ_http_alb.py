"""Port of aws-cdk's integ test http/integ.alb.ts: an HTTP API whose default integration is an Application Load
Balancer listener (a private integration through a VPC link)."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk.aws_apigatewayv2 import HttpApi
from aws_cdk.aws_apigatewayv2_integrations import HttpAlbIntegration

app = App()

stack = Stack(app, "integ-alb-integration")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
lb = elbv2.ApplicationLoadBalancer(stack, "lb", vpc=vpc)
listener = lb.add_listener("listener", port=80)
listener.add_targets("target", port=80)
listener.add_action("dsf", action=elbv2.ListenerAction.fixed_response(200))

http_endpoint = HttpApi(
    stack, "HttpProxyPrivateApi", default_integration=HttpAlbIntegration("DefaultIntegration", listener),
)

CfnOutput(stack, "Endpoint", value=http_endpoint.url)

app.synth()
