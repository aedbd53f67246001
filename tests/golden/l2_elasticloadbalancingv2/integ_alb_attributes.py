"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb.attributes.ts: every ALB attribute keyword, and the
desync mitigation modes."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-integ")

vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
elbv2.ApplicationLoadBalancer(
    stack,
    "LB",
    vpc=vpc,
    internet_facing=True,
    http2_enabled=False,
    idle_timeout=cdk.Duration.seconds(1000),
    drop_invalid_header_fields=True,
    desync_mitigation_mode=elbv2.DesyncMitigationMode.DEFENSIVE,
    client_keep_alive=cdk.Duration.seconds(1000),
    preserve_host_header=True,
    x_amzn_tls_version_and_cipher_suite_headers=True,
    preserve_xff_client_port=True,
    xff_header_processing_mode=elbv2.XffHeaderProcessingMode.PRESERVE,
    waf_fail_open=True,
)
elbv2.ApplicationLoadBalancer(
    stack, "DesyncMitigationModeMonitor", vpc=vpc, internet_facing=True,
    desync_mitigation_mode=elbv2.DesyncMitigationMode.MONITOR,
)
elbv2.ApplicationLoadBalancer(
    stack, "DesyncMitigationModeStrictest", vpc=vpc, internet_facing=True,
    desync_mitigation_mode=elbv2.DesyncMitigationMode.STRICTEST,
)
elbv2.ApplicationLoadBalancer(stack, "Http2EnabledTrue", vpc=vpc, internet_facing=True, http2_enabled=True)
app.synth()
