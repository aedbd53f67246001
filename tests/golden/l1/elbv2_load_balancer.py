"""An application load balancer with a target group, a listener, and a listener rule."""

import aws_cdk as cdk
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "L1LoadBalancer")

lb = elbv2.CfnLoadBalancer(
    stack,
    "Lb",
    type="application",
    scheme="internet-facing",
    subnets=["subnet-1", "subnet-2"],
    security_groups=["sg-12345678"],
    load_balancer_attributes=[
        elbv2.CfnLoadBalancer.LoadBalancerAttributeProperty(key="idle_timeout.timeout_seconds", value="60"),
        {"key": "routing.http2.enabled", "value": "true"},
    ],
)
targets = elbv2.CfnTargetGroup(
    stack,
    "Targets",
    port=8080,
    protocol="HTTP",
    vpc_id="vpc-12345678",
    target_type="ip",
    health_check_path="/health",
    health_check_interval_seconds=15,
    matcher=elbv2.CfnTargetGroup.MatcherProperty(http_code="200-299"),
    target_group_attributes=[{"key": "deregistration_delay.timeout_seconds", "value": "30"}],
)
listener = elbv2.CfnListener(
    stack,
    "Http",
    load_balancer_arn=lb.ref,
    port=80,
    protocol="HTTP",
    default_actions=[elbv2.CfnListener.ActionProperty(type="forward", target_group_arn=targets.ref)],
)
elbv2.CfnListenerRule(
    stack,
    "Api",
    listener_arn=listener.ref,
    priority=10,
    conditions=[
        elbv2.CfnListenerRule.RuleConditionProperty(
            field="path-pattern", path_pattern_config={"values": ["/api/*"]}
        )
    ],
    actions=[
        elbv2.CfnListenerRule.ActionProperty(
            type="fixed-response",
            fixed_response_config=elbv2.CfnListenerRule.FixedResponseConfigProperty(
                status_code="503", content_type="text/plain", message_body="busy"
            ),
        )
    ],
)

cdk.CfnOutput(stack, "DnsName", value=lb.attr_dns_name)
cdk.CfnOutput(stack, "LbArns", value=cdk.Fn.join(",", targets.attr_load_balancer_arns))

app.synth()
