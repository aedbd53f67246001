"""Port of aws-cdk's integ.restapi-ip-address-type.ts: edge, regional and private APIs with IPv4 and dual stack."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway

app = cdk.App()
stack = cdk.Stack(app, "restapi-ip-address-type-test-stack")

for construct_id, endpoint_type, ip_type in [
    ("EdgeIpv4Api", apigateway.EndpointType.EDGE, apigateway.IpAddressType.IPV4),
    ("EdgeDualStackApi", apigateway.EndpointType.EDGE, apigateway.IpAddressType.DUAL_STACK),
    ("RegionalIpv4Api", apigateway.EndpointType.REGIONAL, apigateway.IpAddressType.IPV4),
    ("RegionalDualStackApi", apigateway.EndpointType.REGIONAL, apigateway.IpAddressType.DUAL_STACK),
    ("PrivateDualStackApi", apigateway.EndpointType.PRIVATE, apigateway.IpAddressType.DUAL_STACK),
]:
    api = apigateway.RestApi(
        stack,
        construct_id,
        endpoint_configuration=apigateway.EndpointConfiguration(types=[endpoint_type], ip_address_type=ip_type),
    )
    api.root.add_method("GET")
app.synth()
