"""Port of aws-ec2 integ.vpc-flow-logs-from-transit-gateway: flow logs of a transit gateway and its attachment."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-flow-logs")
vpc = ec2.Vpc(stack, "VPC")
transit_gateway = ec2.CfnTransitGateway(stack, "TransitGateway")
transit_gateway_attachment = ec2.CfnTransitGatewayAttachment(
    stack,
    "TransitGatewayAttachment",
    subnet_ids=[subnet.subnet_id for subnet in vpc.private_subnets],
    transit_gateway_id=transit_gateway.ref,
    vpc_id=vpc.vpc_id,
)
ec2.FlowLog(
    stack,
    "TransitGatewayFlowLogs",
    resource_type=ec2.FlowLogResourceType.from_transit_gateway_id(transit_gateway.ref),
)
ec2.FlowLog(
    stack,
    "TransitGatewayAttachmentFlowLogs",
    resource_type=ec2.FlowLogResourceType.from_transit_gateway_attachment_id(transit_gateway_attachment.ref),
)
app.synth()
