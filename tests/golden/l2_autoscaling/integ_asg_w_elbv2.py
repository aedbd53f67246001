"""Port of aws-cdk's integ.asg-w-elbv2: a group behind an ALB listener with request-count scaling (2.275 has no per-second target: 60 per minute), and a group
attached to two weighted target groups."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk.aws_elasticloadbalancingv2 import ListenerAction


class ElbV2AsgStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", max_azs=2, restrict_default_security_group=False)
        asg = autoscaling.AutoScalingGroup(
            self, "Fleet", vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
            machine_image=ec2.AmazonLinuxImage(),
        )
        lb = elbv2.ApplicationLoadBalancer(self, "LB", vpc=vpc, internet_facing=True)
        listener = lb.add_listener("Listener", port=80)
        listener.add_targets("Target", port=80, targets=[asg])
        listener.connections.allow_default_port_from_any_ipv4("Open to the world")
        asg.scale_on_request_count("AModestLoad", target_requests_per_minute=60)


class ElbV2AsgAtgStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "VPC", restrict_default_security_group=False, max_azs=2)
        alb = elbv2.ApplicationLoadBalancer(self, "alb", vpc=vpc, internet_facing=True)
        listener = alb.add_listener("Listener", port=80, open=True)
        asg = autoscaling.AutoScalingGroup(
            self, "Asg", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"), machine_image=ec2.AmazonLinuxImage()
        )
        atg1 = elbv2.ApplicationTargetGroup(self, "ATG1", port=443, vpc=vpc)
        atg2 = elbv2.ApplicationTargetGroup(self, "ATG2", port=443, vpc=vpc)
        listener.add_action("tgs", action=ListenerAction.weighted_forward([
            elbv2.WeightedTargetGroup(target_group=atg1, weight=1),
            elbv2.WeightedTargetGroup(target_group=atg2, weight=1),
        ]))
        asg.attach_to_application_target_group(atg1)
        asg.attach_to_application_target_group(atg2)


app = cdk.App()
ElbV2AsgStack(app, "aws-cdk-asg-integ")
ElbV2AsgAtgStack(app, "aws-cdk-asg-atg-integ")
app.synth()
