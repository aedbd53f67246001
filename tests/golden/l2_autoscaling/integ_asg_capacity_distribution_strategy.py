"""Port of aws-cdk's integ.asg-capacity-distribution-strategy (2.275's keyword is
``az_capacity_distribution_strategy``)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
autoscaling.AutoScalingGroup(
    stack, "CapacityDistributionStrategy", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    az_capacity_distribution_strategy=autoscaling.CapacityDistributionStrategy.BALANCED_ONLY,
)
app.synth()
