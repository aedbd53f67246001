"""Port of aws-cdk's integ.asg-instance-refresh-update-policy (2.275 requires a ``strategy``: Rolling)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-instance-refresh-update-policy")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
autoscaling.AutoScalingGroup(
    stack, "ASG", vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
    machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
    update_policy=autoscaling.UpdatePolicy.instance_refresh(
        strategy=autoscaling.InstanceRefreshStrategy.ROLLING,
        min_healthy_percentage=90,
        max_healthy_percentage=100,
        instance_warmup=cdk.Duration.seconds(300),
        skip_matching=True,
        checkpoint_percentages=[50, 100],
        checkpoint_delay=cdk.Duration.minutes(10),
    ),
)
app.synth()
