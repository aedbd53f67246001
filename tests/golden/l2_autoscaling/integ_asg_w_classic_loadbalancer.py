"""Port of aws-cdk's integ.asg-w-classic-loadbalancer: an Auto Scaling group registered as the target of an
internet-facing classic load balancer with a health check and an HTTP listener."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-asg-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=3, restrict_default_security_group=False)
asg = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage())
lb = elb.LoadBalancer(stack, "LB", vpc=vpc, internet_facing=True, health_check=elb.HealthCheck(port=80))
lb.add_target(asg)
lb.add_listener(external_port=80)
app.synth()
