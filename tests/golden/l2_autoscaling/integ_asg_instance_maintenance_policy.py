"""Port of aws-cdk's integ.asg-instance-maintenance-policy (2.275 takes the percentages as top-level keywords)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-instance-maintenance-policy")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    max_healthy_percentage=200, min_healthy_percentage=100,
)
app.synth()
