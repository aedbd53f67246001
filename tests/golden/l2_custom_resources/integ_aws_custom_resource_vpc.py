"""Port of aws-cdk integ.aws-custom-resource-vpc.ts: the singleton handler placed in a VPC's private subnets.
``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk.custom_resources import AwsCustomResource, AwsCustomResourcePolicy, AwsSdkCall, PhysicalResourceId

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-customresources-vpc")
vpc = ec2.Vpc(stack, "Vpc", restrict_default_security_group=False)
AwsCustomResource(
    stack,
    "DescribeVpcAttribute",
    on_update=AwsSdkCall(
        service="EC2",
        action="describeVpcAttribute",
        parameters={"VpcId": vpc.vpc_id, "Attribute": "enableDnsHostnames"},
        physical_resource_id=PhysicalResourceId.of(vpc.vpc_id),
    ),
    policy=AwsCustomResourcePolicy.from_sdk_calls(resources=AwsCustomResourcePolicy.ANY_RESOURCE),
    timeout=cdk.Duration.minutes(3),
    vpc=vpc,
    vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
)
app.synth()
