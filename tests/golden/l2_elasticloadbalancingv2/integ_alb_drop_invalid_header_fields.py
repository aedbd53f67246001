"""Port of aws-cdk's aws-elasticloadbalancingv2 integ.alb-drop-invalid-header-fields.ts: ALBs with
``drop_invalid_header_fields`` true, false and unset, each with a listener and IP targets."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-elbv2-drop-invalid-headers")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=2)
for name, value, ip in (("Enabled", True, "10.0.128.4"), ("Disabled", False, "10.0.128.5"), ("Default", None, "10.0.128.6")):
    lb = elbv2.ApplicationLoadBalancer(
        stack, f"LBDrop{name}" if value is not None else "LBDefault", vpc=vpc, internet_facing=True,
        drop_invalid_header_fields=value,
    )
    listener = lb.add_listener(f"Listener{name}", port=80)
    listener.add_targets(f"Targets{name}", port=80, targets=[targets.IpTarget(ip)])
app.synth()
