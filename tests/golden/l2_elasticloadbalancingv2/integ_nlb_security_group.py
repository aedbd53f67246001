"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.nlb.security-group.ts: NLBs with the default security group,
a given one, and none (``disable_security_groups``), under the security-group-by-default flag (the assertion
stack is left out)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(
    post_cli_context={"@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault": True}
)
stack = cdk.Stack(app, "NlbSecurityGroupStack")
vpc = ec2.Vpc(stack, "Stack", max_azs=1, nat_gateways=0)
lb_with_sg = elbv2.NetworkLoadBalancer(stack, "NlbWithSecurityGroup", vpc=vpc)
lb_with_sg2 = elbv2.NetworkLoadBalancer(
    stack,
    "NlbWithSecurityGroup2",
    vpc=vpc,
    security_groups=[ec2.SecurityGroup(stack, "SecurityGroup", vpc=vpc, allow_all_outbound=True)],
)
lb_with_sg.connections.allow_to(lb_with_sg2, ec2.Port.tcp(1229))
elbv2.NetworkLoadBalancer(stack, "NlbWithoutSecurityGroup", vpc=vpc, disable_security_groups=True)
app.synth()
