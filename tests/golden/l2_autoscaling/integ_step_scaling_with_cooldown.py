"""Port of aws-cdk's integ.step-scaling-with-cooldown: step scaling on a metric with a cooldown."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk.aws_cloudwatch import Metric

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-autoscaling-integ")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
asg = autoscaling.AutoScalingGroup(
    stack, "Fleet", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    spot_price="0.20",
)
metric = Metric(namespace="Repro", metric_name="Metric")
asg.scale_on_metric(
    "MetricScale", metric=metric,
    scaling_steps=[autoscaling.ScalingInterval(upper=10, change=-5), autoscaling.ScalingInterval(lower=50, change=5)],
    cooldown=cdk.Duration.minutes(5),
)
app.synth()
