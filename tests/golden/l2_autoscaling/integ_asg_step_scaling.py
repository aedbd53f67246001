"""Port of aws-cdk's integ.asg-step-scaling: three steps on a CPU metric of the group."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "autoscaling-step-scaling")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
asg = autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc,
    instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
)
asg.scale_on_metric(
    "StepScaling",
    metric=cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization",
                             dimensions_map={"AutoScalingGroupName": asg.auto_scaling_group_name}),
    scaling_steps=[
        autoscaling.ScalingInterval(upper=10, change=-1),
        autoscaling.ScalingInterval(lower=50, change=+1),
        autoscaling.ScalingInterval(lower=90, change=+2),
    ],
    adjustment_type=autoscaling.AdjustmentType.CHANGE_IN_CAPACITY,
    evaluation_periods=10,
    datapoints_to_alarm=5,
    metric_aggregation_type=autoscaling.MetricAggregationType.MAXIMUM,
)
app.synth()
