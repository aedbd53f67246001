"""ELBv2 features beyond the integ tests: imports from attributes, lookups (dummy values), OIDC and weighted actions,
redirects, extra certificates, TLS listeners with ALPN, health checks, rules built by hand, and metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "LoadBalancerFeatures")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)

alb = elbv2.ApplicationLoadBalancer(stack, "Alb", vpc=vpc, internet_facing=True, load_balancer_name="my-alb")
alb.add_redirect()
cert_arn = "arn:aws:acm:us-east-1:123456789012:certificate/"
https = alb.add_listener(
    "Https",
    port=443,
    certificates=[elbv2.ListenerCertificate.from_arn(cert_arn + "a"), elbv2.ListenerCertificate.from_arn(cert_arn + "b")],
    ssl_policy=elbv2.SslPolicy.RECOMMENDED_TLS,
)
https.add_certificates("More", [elbv2.ListenerCertificate.from_arn(cert_arn + "c")])
https.set_attribute("routing.http.response.server.enabled", "false")
blue = elbv2.ApplicationTargetGroup(
    stack,
    "Blue",
    vpc=vpc,
    port=8080,
    protocol_version=elbv2.ApplicationProtocolVersion.GRPC,
    health_check=elbv2.HealthCheck(
        healthy_grpc_codes="0-99", path="/health", interval=cdk.Duration.seconds(30), timeout=cdk.Duration.seconds(5)
    ),
    targets=[targets.IpTarget("10.0.0.5")],
    deregistration_delay=cdk.Duration.seconds(30),
)
green = elbv2.ApplicationTargetGroup(
    stack, "Green", vpc=vpc, protocol=elbv2.ApplicationProtocol.HTTP, target_type=elbv2.TargetType.IP
)
green.configure_health_check(healthy_http_codes="200,302", port="8081", enabled=True)
green.enable_cookie_stickiness(cdk.Duration.hours(1))
https.add_action(
    "Weighted",
    priority=5,
    conditions=[elbv2.ListenerCondition.path_patterns(["/api/*"])],
    action=elbv2.ListenerAction.weighted_forward(
        [elbv2.WeightedTargetGroup(target_group=blue, weight=3), elbv2.WeightedTargetGroup(target_group=green, weight=1)],
        stickiness_duration=cdk.Duration.minutes(10),
    ),
)
https.add_action(
    "Login",
    action=elbv2.ListenerAction.authenticate_oidc(
        authorization_endpoint="https://idp.example.com/authorize",
        client_id="client",
        client_secret=cdk.SecretValue.unsafe_plain_text("secret"),
        issuer="https://idp.example.com",
        token_endpoint="https://idp.example.com/token",
        user_info_endpoint="https://idp.example.com/userinfo",
        scope="openid email",
        session_timeout=cdk.Duration.days(1),
        on_unauthenticated_request=elbv2.UnauthenticatedAction.AUTHENTICATE,
        next=elbv2.ListenerAction.forward([blue]),
    ),
)
https.add_action(
    "Jwt",
    priority=6,
    conditions=[elbv2.ListenerCondition.path_patterns(["/jwt/*"])],
    action=elbv2.ListenerAction.authenticate_jwt(
        issuer="https://issuer.example.com",
        jwks_endpoint="https://issuer.example.com/.well-known/jwks.json",
        next=elbv2.ListenerAction.fixed_response(200, content_type="text/plain", message_body="Authenticated"),
    ),
)
rule = elbv2.ApplicationListenerRule(
    stack,
    "Rule",
    listener=https,
    priority=20,
    conditions=[elbv2.ListenerCondition.http_request_methods(["GET"])],
    action=elbv2.ListenerAction.redirect(host="example.com", path="/new", query="a=1"),
)
rule.add_condition(elbv2.ListenerCondition.source_ips(["10.0.0.0/8"]))

alb.metric_http_code_elb(elbv2.HttpCodeElb.ELB_5XX_COUNT).create_alarm(stack, "Elb5xx", threshold=1, evaluation_periods=1)
alb.metrics.request_count(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "Requests", threshold=1000, evaluation_periods=3
)
blue.metrics.http_code_target(elbv2.HttpCodeTarget.TARGET_5XX_COUNT).create_alarm(
    stack, "Target5xx", threshold=1, evaluation_periods=1
)
cloudwatch.Dashboard(stack, "Dash").add_widgets(
    cloudwatch.GraphWidget(
        left=[
            alb.metric_active_connection_count(),
            alb.metric_consumed_lc_us(),
            alb.metric_target_response_time(),
            blue.metric_healthy_host_count(),
            blue.metric_request_count_per_target(),
        ]
    )
)

nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc, internet_facing=True)
tls = nlb.add_listener(
    "Tls",
    port=443,
    certificates=[elbv2.ListenerCertificate.from_arn(cert_arn + "n1"), elbv2.ListenerCertificate.from_arn(cert_arn + "n2")],
    alpn_policy=elbv2.AlpnPolicy.HTTP2_PREFERRED,
    ssl_policy=elbv2.SslPolicy.TLS13_RES,
)
one = elbv2.NetworkTargetGroup(stack, "One", vpc=vpc, port=443, protocol=elbv2.Protocol.TCP, preserve_client_ip=True)
two = elbv2.NetworkTargetGroup(stack, "Two", vpc=vpc, port=443, proxy_protocol_v2=True, target_type=elbv2.TargetType.IP)
tls.add_action(
    "Split",
    action=elbv2.NetworkListenerAction.weighted_forward(
        [
            elbv2.NetworkWeightedTargetGroup(target_group=one, weight=1),
            elbv2.NetworkWeightedTargetGroup(target_group=two, weight=2),
        ],
        stickiness_duration=cdk.Duration.minutes(5),
    ),
)
nlb.metric_active_flow_count().create_alarm(stack, "Flows", threshold=100, evaluation_periods=1)
one.metric_un_healthy_host_count().create_alarm(stack, "Unhealthy", threshold=1, evaluation_periods=1)

imported_alb = elbv2.ApplicationLoadBalancer.from_application_load_balancer_attributes(
    stack,
    "ImportedAlb",
    load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/imported/50dc6c495c0c9188",
    security_group_id="sg-12345678",
    vpc=vpc,
)
imported_listener = imported_alb.add_listener(
    "Listener", port=8080, protocol=elbv2.ApplicationProtocol.HTTP,
    default_action=elbv2.ListenerAction.fixed_response(404),
)
imported_listener.add_targets("Fleet", port=80, targets=[targets.IpTarget("10.0.1.1")])
imported_alb.metrics.request_count().create_alarm(stack, "ImportedRequests", threshold=10, evaluation_periods=1)
listener_import = elbv2.ApplicationListener.from_application_listener_attributes(
    stack,
    "ImportedListener",
    listener_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/imported/50dc6c495c0c9188/f2f7dc8efc522ab2",
    security_group=ec2.SecurityGroup.from_security_group_id(stack, "ImportedSg", "sg-87654321"),
)
listener_import.add_target_groups(
    "Green", target_groups=[green], priority=30, conditions=[elbv2.ListenerCondition.host_headers(["green.example.com"])]
)
listener_import.add_action(
    "Fixed",
    priority=40,
    remove_suffix=True,
    conditions=[elbv2.ListenerCondition.path_patterns(["/down"])],
    action=elbv2.ListenerAction.fixed_response(503, content_type="text/plain", message_body="down"),
)
imported_tg = elbv2.ApplicationTargetGroup.from_target_group_attributes(
    stack,
    "ImportedTg",
    target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/my-tg/1234567890123456",
    load_balancer_arns="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/imported/50dc6c495c0c9188",
)
imported_tg.metrics.healthy_host_count().create_alarm(stack, "ImportedHealthy", threshold=1, evaluation_periods=1)
imported_nlb = elbv2.NetworkLoadBalancer.from_network_load_balancer_attributes(
    stack,
    "ImportedNlb",
    load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/imported/50dc6c495c0c9188",
    vpc=vpc,
)
imported_nlb.add_listener("Tcp", port=22).add_targets("Bastion", port=22, targets=[targets.IpTarget("10.0.2.2")])
imported_ntg = elbv2.NetworkTargetGroup.from_target_group_attributes(
    stack,
    "ImportedNtg",
    target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/my-ntg/1234567890123456",
)
nlb.add_listener("Udp", port=53, protocol=elbv2.Protocol.UDP, default_target_groups=[imported_ntg])
net_listener = elbv2.NetworkListener.from_network_listener_arn(
    stack, "ImportedNetListener",
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/imported/50dc6c495c0c9188/f2f7dc8efc522ab2",
)
cdk.CfnOutput(stack, "ImportedNetListenerArn", value=net_listener.listener_arn)
cdk.CfnOutput(stack, "AlbDns", value=alb.load_balancer_dns_name)
cdk.CfnOutput(stack, "AlbZone", value=alb.load_balancer_canonical_hosted_zone_id)
cdk.CfnOutput(stack, "BlueName", value=blue.target_group_name)
cdk.CfnOutput(stack, "BlueFullName", value=blue.target_group_full_name)

lookups = cdk.Stack(app, "Lookups", env=cdk.Environment(account="123456789012", region="us-east-1"))
looked_alb = elbv2.ApplicationLoadBalancer.from_lookup(lookups, "Alb", load_balancer_tags={"stage": "prod"})
looked_listener = elbv2.ApplicationListener.from_lookup(
    lookups, "Listener", load_balancer_arn=looked_alb.load_balancer_arn, listener_port=443,
    listener_protocol=elbv2.ApplicationProtocol.HTTPS,
)
looked_listener.add_action(
    "Maintenance",
    priority=1,
    conditions=[elbv2.ListenerCondition.path_patterns(["/maintenance"])],
    action=elbv2.ListenerAction.fixed_response(503),
)
looked_nlb = elbv2.NetworkLoadBalancer.from_lookup(
    lookups, "Nlb", load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1"
)
looked_net_listener = elbv2.NetworkListener.from_lookup(
    lookups, "NetListener", load_balancer_tags={"stage": "prod"}, listener_protocol=elbv2.Protocol.TCP
)
cdk.CfnOutput(lookups, "AlbDns", value=looked_alb.load_balancer_dns_name)
cdk.CfnOutput(lookups, "NlbDns", value=looked_nlb.load_balancer_dns_name)
cdk.CfnOutput(lookups, "NetListenerArn", value=looked_net_listener.listener_arn)
app.synth()
