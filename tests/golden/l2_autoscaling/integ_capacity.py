"""Port of aws-cdk's integ.capacity: capacities from a CfnParameter (tokens)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
param_capacity = cdk.CfnParameter(stack, "CapacityParam", type="Number", default="2")


def fleet(id, **kwargs):
    autoscaling.AutoScalingGroup(
        stack, id, vpc=vpc,
        instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
        machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
        **kwargs,
    )


fleet("ASG-1")
fleet("ASG-2", min_capacity=param_capacity.value_as_number)
fleet("ASG-3", max_capacity=param_capacity.value_as_number)
app.synth()
