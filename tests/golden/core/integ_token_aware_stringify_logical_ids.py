"""Port of aws-cdk's core integ test integ.token-aware-stringify-logical-ids.ts (IntegTest dropped).

An ``AwsCustomResource`` whose parameters hold a list token (the endpoint's network interface ids): the
stack's ``to_json_string`` has a ``Custom::AWSCDKCfnJsonStringify`` resource render that list.
"""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import custom_resources as cr

app = cdk.App(
    context={"@aws-cdk/core:disableGitSource": True},
    post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False},
)
stack = cdk.Stack(app, "Stack")



@jsii.implements(ec2.IInterfaceVpcEndpointService)
class EndpointService:
    """The TypeScript's object literal ``{ name, port }`` (no ``privateDnsDefault``)."""

    def __init__(self, name: str, port: int) -> None:
        self._name = name
        self._port = port

    @property
    def name(self) -> str:
        return self._name

    @property
    def port(self) -> int:
        return self._port


vpc = ec2.Vpc(stack, "MyVpc")
vpce = ec2.InterfaceVpcEndpoint(
    stack, "MyVpcEndpoint", vpc=vpc, service=EndpointService(f"com.amazonaws.{stack.region}.execute-api", 443),
)

policy = cr.AwsCustomResourcePolicy.from_sdk_calls(resources=cr.AwsCustomResourcePolicy.ANY_RESOURCE)

cr.AwsCustomResource(
    stack, "GetEndpointIp", policy=policy,
    on_update=cr.AwsSdkCall(
        service="EC2", action="DescribeNetworkInterfaces",
        output_paths=["NetworkInterfaces.${index}.PrivateIpAddress"],
        parameters={"NetworkInterfaceIds": vpce.vpc_endpoint_network_interface_ids},
        physical_resource_id=cr.PhysicalResourceId.of("resourceid"),
    ),
)

app.synth()
