"""Port of aws-cdk's aws-route53-targets integ.interface-vpc-endpoint-target.ts: a record aliased to the first
DNS entry of an interface endpoint."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_route53 as route53
from aws_cdk import aws_route53_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-interface-vpc-endpoint", env=cdk.Environment(region="us-west-2"))
vpc = ec2.Vpc(stack, "VPC")
endpoint = ec2.InterfaceVpcEndpoint(
    stack, "InterfaceEndpoint", vpc=vpc,
    service=ec2.InterfaceVpcEndpointService("com.amazonaws.us-west-2.sms", 80),
    private_dns_enabled=False, subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
)
zone = route53.PrivateHostedZone(stack, "PrivateZone", vpc=vpc, zone_name="test.aws.cdk.com")
route53.ARecord(stack, "AliasEndpointRecord", zone=zone, record_name="foo",
                target=route53.RecordTarget.from_alias(targets.InterfaceVpcEndpointTarget(endpoint)))
app.synth()
