"""Port of aws-cdk's integ test http/integ.service-discovery.ts: an HTTP API whose default integration is a Cloud
Map service of a private DNS namespace, through a VPC link."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_servicediscovery as servicediscovery
from aws_cdk.aws_apigatewayv2 import HttpApi, VpcLink
from aws_cdk.aws_apigatewayv2_integrations import HttpServiceDiscoveryIntegration

app = App()

stack = Stack(app, "integ-service-discovery-integration")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
vpc_link = VpcLink(stack, "VpcLink", vpc=vpc)
namespace = servicediscovery.PrivateDnsNamespace(stack, "Namespace", name="foobar.com", vpc=vpc)
service = namespace.create_service("Service")

http_endpoint = HttpApi(
    stack, "HttpProxyPrivateApi",
    default_integration=HttpServiceDiscoveryIntegration("DefaultIntegration", service, vpc_link=vpc_link),
)

CfnOutput(stack, "Endpoint", value=http_endpoint.url)

app.synth()
