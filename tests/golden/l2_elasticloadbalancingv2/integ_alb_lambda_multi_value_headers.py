"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb-lambda-multi-value-headers.ts: Lambda target groups with
multi-value headers on, off and unset, forwarded to by path rules and the default action."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-lambda-multi-value-headers")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
fn = lambda_.Function(
    stack,
    "Function",
    runtime=lambda_.Runtime.NODEJS_18_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200, body: 'Hello from Lambda!' });"),
)
lb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc, internet_facing=True)
listener = lb.add_listener("Listener", port=80)
enabled = elbv2.ApplicationTargetGroup(
    stack, "MultiValueEnabledGroup", target_group_name="multi-value-enabled", target_type=elbv2.TargetType.LAMBDA,
    targets=[targets.LambdaTarget(fn)], multi_value_headers_enabled=True,
)
disabled = elbv2.ApplicationTargetGroup(
    stack, "MultiValueDisabledGroup", target_group_name="multi-value-disabled", target_type=elbv2.TargetType.LAMBDA,
    targets=[targets.LambdaTarget(fn)], multi_value_headers_enabled=False,
)
default = elbv2.ApplicationTargetGroup(
    stack, "DefaultGroup", target_group_name="default-group", target_type=elbv2.TargetType.LAMBDA,
    targets=[targets.LambdaTarget(fn)],
)
listener.add_action(
    "MultiValueEnabledAction",
    priority=10,
    conditions=[elbv2.ListenerCondition.path_patterns(["/multi-value-enabled"])],
    action=elbv2.ListenerAction.forward([enabled]),
)
listener.add_action(
    "MultiValueDisabledAction",
    priority=20,
    conditions=[elbv2.ListenerCondition.path_patterns(["/multi-value-disabled"])],
    action=elbv2.ListenerAction.forward([disabled]),
)
listener.add_action("DefaultAction", action=elbv2.ListenerAction.forward([default]))
app.synth()
