"""Port of aws-ec2 integ.vpc-endpoint-eusc: interface endpoints in eusc-de-east-1 (the eu.amazonaws prefix)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class EuscVpcEndpointStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, env: cdk.Environment) -> None:
        super().__init__(scope, id, env=env)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(self, "EuscVpc")
        vpc.add_interface_endpoint("EcrDkrEndpoint", service=ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER)
        vpc.add_interface_endpoint("EcrApiEndpoint", service=ec2.InterfaceVpcEndpointAwsService.ECR)
        vpc.add_interface_endpoint("ApiGatewayEndpoint", service=ec2.InterfaceVpcEndpointAwsService.APIGATEWAY)
        vpc.add_interface_endpoint("SecurityHubEndpoint", service=ec2.InterfaceVpcEndpointAwsService.SECURITYHUB)


app = cdk.App()
EuscVpcEndpointStack(app, "aws-cdk-ec2-vpc-endpoint-eusc", env=cdk.Environment(region="eusc-de-east-1"))
app.synth()
