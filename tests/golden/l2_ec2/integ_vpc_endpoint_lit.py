"""Port of aws-ec2 integ.vpc-endpoint.lit: gateway endpoints (prop and method), a policy, interface endpoints."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from constructs import Construct


class VpcEndpointStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.node.set_context("@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", False)
        vpc = ec2.Vpc(
            self,
            "MyVpc",
            gateway_endpoints={"S3": ec2.GatewayVpcEndpointOptions(service=ec2.GatewayVpcEndpointAwsService.S3)},
        )
        dynamo_db_endpoint = vpc.add_gateway_endpoint(
            "DynamoDbEndpoint", service=ec2.GatewayVpcEndpointAwsService.DYNAMODB
        )
        vpc.add_gateway_endpoint(
            "S3DualstackEndpoint",
            service=ec2.GatewayVpcEndpointAwsService.S3,
            ip_address_type=ec2.VpcEndpointIpAddressType.DUALSTACK,
            dns_record_ip_type=ec2.VpcEndpointDnsRecordIpType.DUALSTACK,
        )
        dynamo_db_endpoint.add_to_policy(
            iam.PolicyStatement(
                principals=[iam.AnyPrincipal()],
                actions=["dynamodb:DescribeTable", "dynamodb:ListTables"],
                resources=["*"],
            )
        )
        vpc.add_interface_endpoint("EcrDockerEndpoint", service=ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER)
        vpc.add_interface_endpoint(
            "DynamoDbInterfaceEndpoint",
            service=ec2.InterfaceVpcEndpointAwsService.DYNAMODB,
            private_dns_enabled=False,
        )
        vpc.add_interface_endpoint(
            "CloudwatchLogsEndpoint",
            service=ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
            ip_address_type=ec2.VpcEndpointIpAddressType.IPV4,
            dns_record_ip_type=ec2.VpcEndpointDnsRecordIpType.IPV4,
        )
        vpc.add_interface_endpoint(
            "CrossRegionEndpoint",
            service=ec2.InterfaceVpcEndpointService("com.amazonaws.eu-west-1.s3"),
            service_region="eu-west-1",
        )


app = cdk.App()
VpcEndpointStack(app, "aws-cdk-ec2-vpc-endpoint")
app.synth()
