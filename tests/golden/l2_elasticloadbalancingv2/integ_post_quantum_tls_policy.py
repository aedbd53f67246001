"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.post-quantum-tls-policy.ts: HTTPS and TLS listeners get the
post-quantum policy by the feature flag; HTTP/TCP listeners get none; an explicit policy wins."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App(post_cli_context={"@aws-cdk/aws-elasticloadbalancingv2:usePostQuantumTlsPolicy": True})
stack = cdk.Stack(app, "PostQuantumTlsPolicyIntegStack")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=3, nat_gateways=1)
certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"
alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc, internet_facing=True)
alb.add_listener(
    "HttpsListener",
    port=443,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    certificates=[elbv2.ListenerCertificate.from_arn(certificate_arn)],
    default_action=elbv2.ListenerAction.fixed_response(
        200, content_type="text/plain", message_body="ALB with Post-Quantum TLS Policy"
    ),
)
alb.add_listener(
    "HttpListener",
    port=80,
    protocol=elbv2.ApplicationProtocol.HTTP,
    default_action=elbv2.ListenerAction.redirect(protocol="HTTPS", port="443", permanent=True),
)
nlb = elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc, internet_facing=True)
nlb_target_group = elbv2.NetworkTargetGroup(stack, "NlbTargetGroup", vpc=vpc, port=80, protocol=elbv2.Protocol.TCP)
nlb.add_listener(
    "TlsListener",
    port=443,
    protocol=elbv2.Protocol.TLS,
    certificates=[elbv2.ListenerCertificate.from_arn(certificate_arn)],
    default_target_groups=[nlb_target_group],
)
nlb_tcp_target_group = elbv2.NetworkTargetGroup(
    stack, "NlbTcpTargetGroup", vpc=vpc, port=80, protocol=elbv2.Protocol.TCP
)
nlb.add_listener("TcpListener", port=80, protocol=elbv2.Protocol.TCP, default_target_groups=[nlb_tcp_target_group])
alb.add_listener(
    "ExplicitSslListener",
    port=8443,
    protocol=elbv2.ApplicationProtocol.HTTPS,
    certificates=[elbv2.ListenerCertificate.from_arn(certificate_arn)],
    ssl_policy=elbv2.SslPolicy.TLS13_12_PQ,
    default_action=elbv2.ListenerAction.fixed_response(
        200, content_type="text/plain", message_body="ALB with Explicit Post-Quantum Policy"
    ),
)
cdk.CfnOutput(stack, "ALBDnsName", value=alb.load_balancer_dns_name, description="Application Load Balancer DNS name")
cdk.CfnOutput(stack, "NLBDnsName", value=nlb.load_balancer_dns_name, description="Network Load Balancer DNS name")
app.synth()
