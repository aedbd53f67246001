"""Port of aws-cdk's aws-elasticloadbalancingv2-targets integ.alb-listner-target.ts: an NLB target group pointing at
an ALB through its listener (the target group depends on the listener)."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_elasticloadbalancingv2_targets as targets

app = cdk.App()
stack = cdk.Stack(app, "nlb-alb-listner-stack")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False)
alb = elbv2.ApplicationLoadBalancer(stack, "ALB", vpc=vpc)
alb_listener = alb.add_listener("ALBListener", port=80, default_action=elbv2.ListenerAction.fixed_response(200))
nlb = elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc)
listener = nlb.add_listener("Listener", port=80)
listener.add_targets("Targets", targets=[targets.AlbListenerTarget(alb_listener)], port=80)
app.synth()
