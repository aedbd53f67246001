"""Port of aws-cdk's core integ.nested-stack-references.ts: another stack references a nested stack's values."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3

app = cdk.App()
producer = cdk.Stack(app, "Producer")
nested = cdk.NestedStack(producer, "Nestor")

vpc = ec2.Vpc(nested, "MyVpc", max_azs=1)
vpce = ec2.InterfaceVpcEndpoint(
    nested,
    "MyVpcEndpoint",
    vpc=vpc,
    service=ec2.InterfaceVpcEndpointService(f"com.amazonaws.{nested.region}.execute-api", 443),
)

consumer = cdk.Stack(app, "Consumer")
s3.Bucket(consumer, "ConsumerBucket")

cdk.CfnOutput(consumer, "StringAttribute", value=vpce.vpc_endpoint_id)
cdk.CfnOutput(consumer, "ListAttribute", value=cdk.Fn.join("$$", vpce.vpc_endpoint_dns_entries))

app.synth()
