"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.vpc-endpoint-service.ts: VPC endpoint services fronting NLBs,
with and without allowed principals."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk.aws_iam import ArnPrincipal

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-ec2-vpc-endpoint-service")
vpc = ec2.Vpc(stack, "VPC")
nlb_no_principals = elbv2.NetworkLoadBalancer(stack, "NLBNoPrincipals", vpc=vpc)
service1 = ec2.VpcEndpointService(
    stack,
    "MyVpcEndpointServiceWithNoPrincipals",
    vpc_endpoint_service_load_balancers=[nlb_no_principals],
    acceptance_required=False,
    allowed_principals=[],
)
nlb_with_principals = elbv2.NetworkLoadBalancer(stack, "NLBWithPrincipals", vpc=vpc)
service2 = ec2.VpcEndpointService(
    stack,
    "MyVpcEndpointServiceWithPrincipals",
    vpc_endpoint_service_load_balancers=[nlb_with_principals],
    acceptance_required=False,
    allowed_principals=[ArnPrincipal("arn:aws:iam::123456789012:root")],
)
cdk.CfnOutput(
    stack,
    "MyVpcEndpointServiceWithNoPrincipalsServiceName",
    export_name="ServiceName",
    value=service1.vpc_endpoint_service_name,
    description="Give this to service consumers so they can connect via VPC Endpoint",
)
cdk.CfnOutput(
    stack,
    "MyVpcEndpointServiceWithPrincipalsEndpointServiceId",
    export_name="EndpointServiceId",
    value=service2.vpc_endpoint_service_id,
    description="Reference this service from other stacks",
)
app.synth()
