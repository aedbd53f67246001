"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.listener-conditions.ts: an internal ALB with a
fixed-response default and one rule per condition type (the ``*_regex`` conditions of later aws-cdk-lib
releases are not in 2.275 and are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-alb-listener-conditions-integ")

vpc = ec2.Vpc(
    stack, "VPC", restrict_default_security_group=True, max_azs=2, ip_addresses=ec2.IpAddresses.cidr("10.0.0.0/16")
)
lb = elbv2.ApplicationLoadBalancer(stack, "LB", vpc=vpc, internet_facing=False)
lb.connections.allow_from(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(80), "Allow from VPC")
listener = lb.add_listener(
    "Listener",
    port=80,
    open=False,
    default_action=elbv2.ListenerAction.fixed_response(
        404, content_type="text/plain", message_body="No matching rule found"
    ),
)


def ok(text):
    return elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body=text)


listener.add_action(
    "HostHeaderCondition",
    priority=10,
    conditions=[elbv2.ListenerCondition.host_headers(["example.com", "www.example.com"])],
    action=ok("Host header matched"),
)
listener.add_action(
    "HttpHeaderCondition",
    priority=20,
    conditions=[elbv2.ListenerCondition.http_header("User-Agent", ["curl/*", "Mozilla/*"])],
    action=ok("HTTP header matched"),
)
listener.add_action(
    "HttpRequestMethodCondition",
    priority=30,
    conditions=[elbv2.ListenerCondition.http_request_methods(["GET", "POST"])],
    action=ok("HTTP method matched"),
)
listener.add_action(
    "PathPatternCondition",
    priority=40,
    conditions=[elbv2.ListenerCondition.path_patterns(["/api/*", "/v1/*"])],
    action=ok("Path pattern matched"),
)
listener.add_action(
    "QueryStringCondition",
    priority=60,
    conditions=[
        elbv2.ListenerCondition.query_strings(
            [
                elbv2.QueryStringCondition(key="version", value="v1"),
                elbv2.QueryStringCondition(key="debug", value="true"),
                elbv2.QueryStringCondition(value="test"),
            ]
        )
    ],
    action=ok("Query string matched"),
)
listener.add_action(
    "SourceIpCondition",
    priority=70,
    conditions=[elbv2.ListenerCondition.source_ips(["192.0.2.0/24", "198.51.100.0/24"])],
    action=ok("Source IP matched"),
)
app.synth()
