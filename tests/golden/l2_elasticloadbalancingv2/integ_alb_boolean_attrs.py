"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb-boolean-attrs.ts: boolean ALB attributes set to false."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "ALBBooleanAttrsStack")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
elbv2.ApplicationLoadBalancer(
    stack,
    "LB",
    vpc=vpc,
    drop_invalid_header_fields=False,
    preserve_host_header=False,
    preserve_xff_client_port=False,
    waf_fail_open=False,
)
app.synth()
