"""Endpoints: gateway endpoints on chosen subnets, interface endpoints (closed, own groups, AZ lookup), imports,
service names in special partitions."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Endpoints", env=cdk.Environment(account="123456789012", region="us-east-1"))
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
gw = ec2.GatewayVpcEndpoint(
    stack,
    "S3Gw",
    vpc=vpc,
    service=ec2.GatewayVpcEndpointAwsService.S3,
    subnets=[ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)],
)
gw.add_to_policy(iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["s3:GetObject"], resources=["*"]))
sg = ec2.SecurityGroup(stack, "EndpointSg", vpc=vpc, allow_all_outbound=False)
closed = vpc.add_interface_endpoint(
    "Sqs",
    service=ec2.InterfaceVpcEndpointAwsService.SQS,
    open=False,
    security_groups=[sg],
    subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    dns_record_ip_type=ec2.VpcEndpointDnsRecordIpType.SERVICE_DEFINED,
    private_dns_only_for_inbound_resolver_endpoint=(
        ec2.VpcEndpointPrivateDnsOnlyForInboundResolverEndpoint.ONLY_INBOUND_RESOLVER
    ),
)
closed.connections.allow_default_port_from(ec2.Peer.ipv4("10.20.0.0/16"))
ec2.InterfaceVpcEndpoint(
    stack,
    "Ssm",
    vpc=vpc,
    service=ec2.InterfaceVpcEndpointAwsService.SSM,
    lookup_supported_azs=True,
)
ec2.InterfaceVpcEndpoint(stack, "Iam", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService.IAM)
ec2.InterfaceVpcEndpoint(stack, "Keyspaces", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService.KEYSPACES)
ec2.InterfaceVpcEndpoint(
    stack, "Custom", vpc=vpc, service=ec2.InterfaceVpcEndpointAwsService("custom", "aws.api", 8443)
)
imported = ec2.InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
    stack, "Imported", port=443, vpc_endpoint_id="vpce-1234",
    security_groups=[ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-12345678")],
)
imported.connections.allow_default_port_from(sg)
cdk.CfnOutput(stack, "GwId", value=gw.vpc_endpoint_id)
cdk.CfnOutput(stack, "ImportedId", value=imported.vpc_endpoint_id)
cdk.CfnOutput(stack, "GwImport", value=ec2.GatewayVpcEndpoint.from_gateway_vpc_endpoint_id(stack, "GwImp", "vpce-9").vpc_endpoint_id)
cn = cdk.Stack(app, "China", env=cdk.Environment(account="123456789012", region="cn-north-1"))
cn_vpc = ec2.Vpc(cn, "Vpc", max_azs=1, nat_gateways=0)
cn_vpc.add_interface_endpoint("Ecr", service=ec2.InterfaceVpcEndpointAwsService.ECR)
cn_vpc.add_interface_endpoint("Transcribe", service=ec2.InterfaceVpcEndpointAwsService.TRANSCRIBE)
cn_vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3)
app.synth()
