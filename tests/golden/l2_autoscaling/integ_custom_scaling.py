"""Port of aws-cdk's integ.custom-scaling: scheduled actions and CPU target tracking."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2)
asg = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
)
asg.scale_on_schedule("ScaleUpInTheMorning", schedule=autoscaling.Schedule.cron(hour="8", minute="0"), min_capacity=5)
asg.scale_on_schedule("ScaleDownAtNight", schedule=autoscaling.Schedule.cron(hour="20", minute="0"), max_capacity=2)
asg.scale_on_cpu_utilization("KeepCPUReasonable", target_utilization_percent=50)
app.synth()
