"""``l2.elasticloadbalancingv2``: validation errors (aws-cdk-lib 2.275's messages, naming the construct path),
wrong types, lookups through context, import isolation and import time.

The messages and context keys below are aws-cdk-lib's (read from its 2.275 sources and checked with the oracle).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Duration, Stack, SynthesisError, UnscopedValidationError, ValidationError
from l2 import ec2, s3
from l2 import elasticloadbalancingv2 as elbv2
from l2 import elasticloadbalancingv2_targets as targets

CERT = elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")


@pytest.fixture
def vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)


def _resources(template: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r for r in template["Resources"].values() if r["Type"] == kind]


# -- load balancers --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cross_zone_enabled": False}, "crossZoneEnabled cannot be false with Application Load Balancers."),
        ({"minimum_capacity_unit": 50},
         "'minimumCapacityUnit' must be a positive integer greater than or equal to 100 for Application Load "
         "Balancer, got: 50."),
        ({"client_keep_alive": Duration.millis(500)},
         "'clientKeepAlive' must be between 60 and 604800 seconds. Got: 500 milliseconds"),
        ({"client_keep_alive": Duration.seconds(30)},
         "'clientKeepAlive' must be between 60 and 604800 seconds. Got: 30 seconds"),
        ({"ip_address_type": elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4},
         "dual-stack without public IPv4 address can only be used with internet-facing scheme."),
        ({"deny_all_igw_traffic": True},
         "'denyAllIgwTraffic' may only be set on load balancers with dualstack addressing."),
        ({"vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC), "subnet_mappings": []}, None),
    ],
)
def test_alb_validation(stack: Stack, vpc: ec2.Vpc, kwargs: dict[str, Any], message: str | None) -> None:
    if message is None:  # subnet_mappings is an NLB keyword only
        with pytest.raises(TypeError, match="subnet_mappings"):
            elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc, **kwargs)
        return
    with pytest.raises(ValidationError) as info:
        elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc, **kwargs)
    assert message in str(info.value)
    assert "S/Lb" in str(info.value)


def test_nlb_validation(stack: Stack, vpc: ec2.Vpc) -> None:
    public = vpc.public_subnets[0]
    cases: list[tuple[dict[str, Any], str]] = [
        ({"security_groups": [ec2.SecurityGroup(stack, "Sg", vpc=vpc)], "disable_security_groups": True},
         "Cannot specify both `securityGroups` and `disableSecurityGroups` properties."),
        ({"internet_facing": True, "subnet_mappings": [elbv2.SubnetMapping(subnet=public, private_ipv4_address="10.0.0.9")]},
         "Cannot specify `privateIpv4Address` for a internet facing load balancer."),
        ({"subnet_mappings": [elbv2.SubnetMapping(subnet=public, allocation_id="eipalloc-1")]},
         "Cannot specify `allocationId` for a internal load balancer."),
        ({"subnet_mappings": [elbv2.SubnetMapping(subnet=public, source_nat_ipv6_prefix=elbv2.SourceNatIpv6Prefix.auto_assigned())]},
         "Cannot specify `sourceNatIpv6Prefix` for a load balancer that does not have `enablePrefixForIpv6SourceNat` enabled."),
        ({"minimum_capacity_unit": 1000},
         "'minimumCapacityUnit' must be a positive value between 2750 and 45000 per AZ for Network Load Balancer, got 500 LCU per AZ."),
        ({"ip_address_type": elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4, "internet_facing": True},
         "'ipAddressType' DUAL_STACK_WITHOUT_PUBLIC_IPV4 can only be used with Application Load Balancer, got network"),
        ({"vpc_subnets": ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
          "subnet_mappings": [elbv2.SubnetMapping(subnet=public)]},
         "You can specify either `vpcSubnets` or `subnetMappings`, not both."),
    ]
    for i, (kwargs, message) in enumerate(cases):
        with pytest.raises(ValidationError) as info:
            elbv2.NetworkLoadBalancer(stack, f"Nlb{i}", vpc=vpc, **kwargs)
        assert message in str(info.value)
        assert f"S/Nlb{i}" in str(info.value)


def test_udp_listener_on_dual_stack_nlb_needs_source_nat_prefix(stack: Stack, vpc: ec2.Vpc) -> None:
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc, ip_address_type=elbv2.IpAddressType.DUAL_STACK)
    with pytest.raises(ValidationError, match="'enablePrefixForIpv6SourceNat' must be set to true"):
        nlb.add_listener("Udp", port=53, protocol=elbv2.Protocol.UDP)


def test_load_balancer_name_is_checked_at_synth(stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]) -> None:
    elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc, load_balancer_name="internal-my_lb-")
    with pytest.raises(SynthesisError) as info:
        synth(stack)
    text = str(info.value)
    assert 'Load balancer name: "internal-my_lb-" must not begin with "internal-".' in text
    assert 'Load balancer name: "internal-my_lb-" must not begin or end with a hyphen.' in text
    assert 'Load balancer name: "internal-my_lb-" must contain only alphanumeric characters or hyphens.' in text


def test_access_logs_need_a_region_and_no_kms_key(stack: Stack, vpc: ec2.Vpc) -> None:
    from l2 import kms

    alb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    with pytest.raises(ValidationError, match="Region is required to enable ELBv2 access logging"):
        alb.log_access_logs(s3.Bucket(stack, "Logs"))
    encrypted = s3.Bucket(stack, "Enc", encryption_key=kms.Key(stack, "K"))
    with pytest.raises(ValidationError, match="Encryption key detected. Bucket encryption using KMS keys is unsupported"):
        alb.log_access_logs(encrypted)


def test_wrong_types_are_type_errors(stack: Stack, vpc: ec2.Vpc) -> None:
    with pytest.raises(TypeError):
        elbv2.ApplicationLoadBalancer(stack, "Lb", vpc="vpc-123")  # type: ignore[arg-type]
    alb = elbv2.ApplicationLoadBalancer(stack, "Lb2", vpc=vpc)
    with pytest.raises(TypeError):
        alb.add_listener("L", port=80, protocol="HTTP")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        elbv2.NetworkTargetGroup(stack, "Tg", vpc=vpc, port="80")  # type: ignore[arg-type]


# -- listeners, rules and actions -------------------------------------------------------------------------------
def test_application_listener_validation(stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]) -> None:
    alb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    with pytest.raises(UnscopedValidationError, match="Don't know default protocol for port: 81; please supply a protocol"):
        alb.add_listener("Odd", port=81)
    with pytest.raises(ValidationError, match="At least one of 'port' or 'protocol' is required"):
        alb.add_listener("None")
    group = elbv2.ApplicationTargetGroup(stack, "Tg", vpc=vpc, port=80)
    with pytest.raises(ValidationError, match="Specify at most one of 'defaultAction' and 'defaultTargetGroups'"):
        alb.add_listener(
            "Both", port=80, default_action=elbv2.ListenerAction.fixed_response(200), default_target_groups=[group]
        )
    with pytest.raises(ValidationError, match="You must set 'trustStore' when 'mode' is 'verify'"):
        alb.add_listener(
            "Mtls", port=443, certificates=[CERT],
            mutual_authentication=elbv2.MutualAuthentication(
                mutual_authentication_mode=elbv2.MutualAuthenticationMode.VERIFY
            ),
        )
    listener = alb.add_listener("Http", port=80)
    with pytest.raises(ValidationError) as info:
        listener.add_action("NoPriority", action=elbv2.ListenerAction.fixed_response(200),
                            conditions=[elbv2.ListenerCondition.path_patterns(["/a"])])
    assert "Setting 'conditions', 'pathPattern' or 'hostHeader' also requires 'priority', and vice versa" in str(info.value)
    alb.add_listener("Https", port=443)
    with pytest.raises(SynthesisError) as info:
        synth(stack)
    assert "HTTPS Listener needs at least one certificate (call addCertificates)" in str(info.value)
    assert "Listener needs at least one default action or target group (call addTargetGroups or addAction)" in str(info.value)


def test_replacing_a_default_action_warns(stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]) -> None:
    alb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    listener = alb.add_listener("Http", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
    listener.add_action("Again", action=elbv2.ListenerAction.fixed_response(404))
    from assertions import Annotations, Match

    Annotations.from_stack(stack).has_warning(
        "/S/Lb/Http", Match.string_like_regexp("A default Action already existed on this Listener and was replaced")
    )


def test_listener_rule_validation(stack: Stack, vpc: ec2.Vpc) -> None:
    listener = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc).add_listener("Http", port=80)
    group = elbv2.ApplicationTargetGroup(stack, "Tg", vpc=vpc, port=80)
    path = [elbv2.ListenerCondition.path_patterns(["/a"])]
    with pytest.raises(ValidationError, match="At least one of 'conditions', 'hostHeader', 'pathPattern' or 'pathPatterns' is required"):
        elbv2.ApplicationListenerRule(stack, "R1", listener=listener, priority=1)
    with pytest.raises(ValidationError, match="'action,targetGroups' specified together, specify only one"):
        elbv2.ApplicationListenerRule(
            stack, "R2", listener=listener, priority=1, conditions=path,
            action=elbv2.ListenerAction.fixed_response(200), target_groups=[group],
        )
    with pytest.raises(ValidationError, match="Priority must have value greater than or equal to 1"):
        elbv2.ApplicationListenerRule(stack, "R3", listener=listener, priority=0, conditions=path, target_groups=[group])


def test_action_and_condition_validation() -> None:
    with pytest.raises(UnscopedValidationError, match="Need at least one targetGroup in a ListenerAction.forward()"):
        elbv2.ListenerAction.forward([])
    with pytest.raises(UnscopedValidationError, match="Need at least one targetGroup in a NetworkListenerAction.forward()"):
        elbv2.NetworkListenerAction.forward([])
    with pytest.raises(UnscopedValidationError, match="To prevent redirect loops, set at least one of"):
        elbv2.ListenerAction.redirect(permanent=True)
    with pytest.raises(UnscopedValidationError, match="Redirect path must start with a '/', got: x"):
        elbv2.ListenerAction.redirect(path="x")
    with pytest.raises(UnscopedValidationError, match="JWKS endpoint must use HTTPS protocol, got: http://k"):
        elbv2.ListenerAction.authenticate_jwt(issuer="i", jwks_endpoint="http://k", next=elbv2.ListenerAction.fixed_response(200))
    with pytest.raises(UnscopedValidationError, match="A rule can only have '5' condition values"):
        elbv2.ListenerCondition.path_patterns(["/1", "/2", "/3", "/4", "/5", "/6"])
    with pytest.raises(UnscopedValidationError, match="IPv6 prefix must have a /80 netmask, got 64"):
        elbv2.SourceNatIpv6Prefix.from_ipv6_prefix("2001:db8::/64")
    with pytest.raises(UnscopedValidationError, match="IPv6 prefix must include netmask"):
        elbv2.SourceNatIpv6Prefix.from_ipv6_prefix("2001:db8::")


def test_jwt_needs_an_https_listener(stack: Stack, vpc: ec2.Vpc) -> None:
    alb = elbv2.ApplicationLoadBalancer(stack, "Lb", vpc=vpc)
    action = elbv2.ListenerAction.authenticate_jwt(
        issuer="https://issuer", jwks_endpoint="https://issuer/jwks", next=elbv2.ListenerAction.fixed_response(200)
    )
    with pytest.raises(UnscopedValidationError, match="JWT authentication requires an HTTPS listener"):
        alb.add_listener("Http", port=80, default_action=action)


def test_network_listener_validation(stack: Stack, vpc: ec2.Vpc) -> None:
    nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"protocol": elbv2.Protocol.TLS}, "When the protocol is set to TLS, you must specify certificates"),
        ({"protocol": elbv2.Protocol.TCP, "certificates": [CERT]},
         "Protocol must be TLS when certificates have been specified"),
        ({"alpn_policy": elbv2.AlpnPolicy.HTTP2_ONLY}, "Protocol must be TLS when alpnPolicy have been specified"),
        ({"tcp_idle_timeout": Duration.seconds(30)},
         "`tcpIdleTimeout` must be between 60 and 6000 seconds, got 30 seconds."),
        ({"protocol": elbv2.Protocol.UDP, "tcp_idle_timeout": Duration.seconds(120)},
         "`tcpIdleTimeout` cannot be set when `protocol` is `Protocol.UDP`."),
    ]
    for i, (kwargs, message) in enumerate(cases):
        with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
            nlb.add_listener(f"L{i}", port=443, **kwargs)
    with pytest.raises(UnscopedValidationError, match="The protocol must be one of TCP, TLS, UDP, TCP_UDP. Found HTTP"):
        nlb.add_listener("Http", port=80, protocol=elbv2.Protocol.HTTP)


# -- target groups ----------------------------------------------------------------------------------------------
def test_application_target_group_validation(stack: Stack, vpc: ec2.Vpc) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"slow_start": Duration.seconds(10)},
         "Slow start duration value must be between 30 and 900 seconds, or 0 to disable slow start."),
        ({"slow_start": Duration.seconds(60),
          "load_balancing_algorithm_type": elbv2.TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM},
         "The weighted random routing algorithm can not be used with slow start mode."),
        ({"stickiness_cookie_duration": Duration.days(8)},
         "Stickiness cookie duration value must be between 1 second and 7 days (604800 seconds)."),
        ({"stickiness_cookie_duration": Duration.days(1), "stickiness_cookie_name": "AWSALBcookie"},
         "App cookie names that start with the following prefixes are not allowed: AWSALB, AWSALBAPP, and AWSALBTG; "
         "they're reserved for use by the load balancer."),
        ({"stickiness_cookie_duration": Duration.days(1), "stickiness_cookie_name": ""},
         "App cookie name cannot be an empty string."),
        ({"multi_value_headers_enabled": True}, "multiValueHeadersEnabled is only supported for Lambda targets."),
        ({"enable_anomaly_mitigation": True},
         "Anomaly mitigation is only available when `loadBalancingAlgorithmType` is "
         "`TargetGroupLoadBalancingAlgorithmType.WEIGHTED_RANDOM`."),
        ({"target_group_health": elbv2.TargetGroupHealth(routing_minimum_healthy_target_percentage=101)},
         "target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage must be an integer from 1 to "
         "100 or 'off'. Received: 101"),
    ]
    for i, (kwargs, message) in enumerate(cases):
        with pytest.raises(ValidationError) as info:
            elbv2.ApplicationTargetGroup(stack, f"Tg{i}", vpc=vpc, port=80, **kwargs)
        assert message in str(info.value)
        assert f"S/Tg{i}" in str(info.value)


def test_target_group_synth_validation(stack: Stack, vpc: ec2.Vpc, synth: Callable[..., Any]) -> None:
    elbv2.ApplicationTargetGroup(
        stack, "Alb", vpc=vpc, port=80, target_type=elbv2.TargetType.IP, target_group_name="bad_name",
        health_check=elbv2.HealthCheck(
            interval=Duration.seconds(5), timeout=Duration.seconds(10), protocol=elbv2.Protocol.TCP
        ),
    )
    elbv2.NetworkTargetGroup(
        stack, "Nlb", vpc=vpc, port=80, target_type=elbv2.TargetType.IP,
        health_check=elbv2.HealthCheck(
            interval=Duration.seconds(400), healthy_threshold_count=11, protocol=elbv2.Protocol.TCP, path="/x"
        ),
    )
    elbv2.NetworkTargetGroup(stack, "NoVpc", port=80, target_type=elbv2.TargetType.IP)
    with pytest.raises(SynthesisError) as info:
        synth(stack)
    text = str(info.value)
    for message in (
        'Target group name: "bad_name" must contain only alphanumeric characters or hyphens.',
        "Health check interval must be greater than or equal to the timeout; received interval 5, timeout 10.",
        "Healthcheck interval 5 seconds must be greater than the timeout 10 seconds",
        "Health check protocol 'TCP' is not supported. Must be one of [HTTP, HTTPS]",
        "Health check interval '400' not supported. Must be between 5 and 300.",
        "Healthy Threshold Count '11' not supported. Must be a number between 2 and 10.",
        "'TCP' health checks do not support the path property. Must be one of [HTTP, HTTPS]",
        "'vpc' is required for a non-Lambda TargetGroup",
    ):
        assert message in text


def test_lambda_target_group_takes_one_function(stack: Stack) -> None:
    from l2 import lambda_

    fns = [
        lambda_.Function(stack, f"F{i}", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                         code=lambda_.Code.from_inline("x"))
        for i in range(2)
    ]
    group = elbv2.ApplicationTargetGroup(stack, "Tg", targets=[targets.LambdaTarget(fns[0])])
    with pytest.raises(ValidationError, match="TargetGroup can only contain one LAMBDA target. Create a new TargetGroup."):
        group.add_target(targets.LambdaTarget(fns[1]))
    with pytest.raises(ValidationError, match="Already have a of type 'lambda', adding 'ip'; make all targets the same type."):
        group.add_target(targets.IpTarget("10.0.0.1"))


def test_metrics_need_an_attached_or_known_load_balancer(stack: Stack, vpc: ec2.Vpc) -> None:
    group = elbv2.ApplicationTargetGroup(stack, "Tg", vpc=vpc, port=80)
    with pytest.raises(ValidationError, match="The TargetGroup needs to be attached to a LoadBalancer before you can call this method"):
        group.metric_healthy_host_count()
    imported = elbv2.NetworkTargetGroup.from_target_group_attributes(
        stack, "Imported", target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"
    )
    with pytest.raises(ValidationError, match="The imported NetworkTargetGroup needs the associated NetworkLoadBalancer"):
        imported.metrics.healthy_host_count()
    with pytest.raises(ValidationError, match="Cannot add a non-self registering target to an imported TargetGroup."):
        imported.add_target(targets.IpTarget("10.0.0.1"))


def test_trust_store_name_validation(stack: Stack) -> None:
    bucket = s3.Bucket(stack, "B")
    with pytest.raises(ValidationError, match="must be 1-32 characters long."):
        elbv2.TrustStore(stack, "T1", bucket=bucket, key="k", trust_store_name="x" * 40)
    with pytest.raises(ValidationError, match="trustStoreName '-bad' must contain only alphanumeric characters and hyphens"):
        elbv2.TrustStore(stack, "T2", bucket=bucket, key="k", trust_store_name="-bad")


# -- lookups ----------------------------------------------------------------------------------------------------
def test_lookups_record_aws_cdk_libs_context_keys_and_use_dummies() -> None:
    app = App()
    stack = Stack(app, "L", env={"account": "123456789012", "region": "us-east-1"})
    alb = elbv2.ApplicationLoadBalancer.from_lookup(stack, "Alb", load_balancer_tags={"stage": "prod"})
    assert alb.load_balancer_dns_name == "my-load-balancer-123456789012.us-west-2.elb.amazonaws.com"
    elbv2.NetworkListener.from_lookup(stack, "Nl", load_balancer_tags={"a": "b"}, listener_protocol=elbv2.Protocol.TCP)
    keys = [m["key"] for m in app.synth().manifest["missing"]]
    assert keys[0] == (
        "load-balancer:account=123456789012:loadBalancerTags.0.key=stage:loadBalancerTags.0.value=prod:"
        "loadBalancerType=application:region=us-east-1"
    )
    assert keys[-1] == (
        "load-balancer-listener:account=123456789012:listenerProtocol=TCP:loadBalancerTags.0.key=a:"
        "loadBalancerTags.0.value=b:loadBalancerType=network:region=us-east-1"
    )


def test_lookups_use_context_values() -> None:
    key = "load-balancer:account=123456789012:loadBalancerArn=arn$:aws$:elasticloadbalancing$:us-east-1$:123456789012$:loadbalancer/net/n/1:loadBalancerType=network:region=us-east-1"
    value = {
        "ipAddressType": "ipv4",
        "loadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1",
        "loadBalancerCanonicalHostedZoneId": "Z123",
        "loadBalancerDnsName": "n.elb.amazonaws.com",
        "securityGroupIds": [],
        "vpcId": "vpc-1",
    }
    app = App(context={key: value})
    stack = Stack(app, "L", env={"account": "123456789012", "region": "us-east-1"})
    nlb = elbv2.NetworkLoadBalancer.from_lookup(
        stack, "Nlb", load_balancer_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/1"
    )
    assert nlb.load_balancer_dns_name == "n.elb.amazonaws.com"
    assert nlb.load_balancer_canonical_hosted_zone_id == "Z123"
    assert nlb.ip_address_type is elbv2.IpAddressType.IPV4


def test_lookup_arguments_must_be_concrete(stack: Stack) -> None:
    from constructs import Aws

    with pytest.raises(ValidationError, match="All arguments to look up a load balancer must be concrete \\(no Tokens\\)"):
        elbv2.ApplicationLoadBalancer.from_lookup(stack, "Alb", load_balancer_arn=Aws.ACCOUNT_ID)


# -- packaging ----------------------------------------------------------------------------------------------------
def test_using_load_balancers_loads_only_ec2_and_elbv2() -> None:
    code = (
        "import sys\n"
        "from constructs import App, Stack\n"
        "from l2 import ec2, elasticloadbalancingv2 as elbv2, elasticloadbalancingv2_targets as t\n"
        "s = Stack(App(), 'S')\n"
        "vpc = ec2.Vpc(s, 'V')\n"
        "elbv2.ApplicationLoadBalancer(s, 'A', vpc=vpc).add_listener('L', port=80).add_targets(\n"
        "    'T', port=80, targets=[t.IpTarget('10.0.0.1')])\n"
        "elbv2.NetworkLoadBalancer(s, 'N', vpc=vpc).add_listener('L', port=80).add_targets(\n"
        "    'T', port=80, targets=[t.InstanceIdTarget('i-1')])\n"
        "s.node.root.synth()\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {
        "l1.ec2", "l2.ec2", "l1.elasticloadbalancingv2", "l2.elasticloadbalancingv2", "l2.elasticloadbalancingv2_targets"
    }
