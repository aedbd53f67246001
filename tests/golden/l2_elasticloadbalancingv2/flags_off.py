"""The three ELBv2 feature flags set to False: post-quantum TLS policy defaults, a security group on new NLBs, IPv6
ingress for dual-stack-without-public-IPv4 ALB listeners."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy": False,
        "@aws-cdk/aws-elasticloadbalancingv2:networkLoadBalancerWithSecurityGroupByDefault": False,
        "@aws-cdk/aws-elasticloadbalancingV2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault": False,
    }
)
stack = cdk.Stack(app, "ElbFlags")
vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0, restrict_default_security_group=False)
cert = elbv2.ListenerCertificate.from_arn("arn:aws:acm:us-east-1:123456789012:certificate/abc")
alb = elbv2.ApplicationLoadBalancer(
    stack, "Alb", vpc=vpc, internet_facing=True, ip_address_type=elbv2.IpAddressType.DUAL_STACK_WITHOUT_PUBLIC_IPV4
)
alb.add_listener("Https", port=443, certificates=[cert], default_action=elbv2.ListenerAction.fixed_response(200))
nlb = elbv2.NetworkLoadBalancer(stack, "Nlb", vpc=vpc)
group = elbv2.NetworkTargetGroup(stack, "Group", vpc=vpc, port=443, target_type=elbv2.TargetType.IP)
nlb.add_listener("Tls", port=443, certificates=[cert], default_target_groups=[group])
app.synth()
