"""Port of aws-cdk's integ.asg-deletion-protection: deletion protection on a named, empty group (the integ
test's API-call assertions and its temporary property overrides are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
asg_stack = cdk.Stack(app, "aws-cdk-autoscaling-deletion-protection")
vpc = ec2.Vpc(asg_stack, "VPC", max_azs=1, restrict_default_security_group=False)
autoscaling.AutoScalingGroup(
    asg_stack, "FleetPreventAll", auto_scaling_group_name="test-asg-deletion-protection", vpc=vpc,
    min_capacity=0, desired_capacity=0, max_capacity=0,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    deletion_protection=autoscaling.DeletionProtection.PREVENT_ALL_DELETION,
)
app.synth()
