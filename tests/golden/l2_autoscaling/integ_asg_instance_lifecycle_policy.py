"""Port of aws-cdk's integ.asg-instance-lifecycle-policy: retention triggers (retain and terminate)."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-autoscaling-instance-lifecycle-policy")
vpc = ec2.Vpc(stack, "VPC", max_azs=2, restrict_default_security_group=False)
for id, action in (
    ("ASGWithInstanceLifecyclePolicyRetain", autoscaling.TerminateHookAbandonAction.RETAIN),
    ("ASGWithInstanceLifecyclePolicyTerminate", autoscaling.TerminateHookAbandonAction.TERMINATE),
):
    autoscaling.AutoScalingGroup(
        stack, id, vpc=vpc, instance_type=ec2.InstanceType("t2.micro"),
        machine_image=ec2.AmazonLinuxImage(generation=ec2.AmazonLinuxGeneration.AMAZON_LINUX_2),
        instance_lifecycle_policy=autoscaling.InstanceLifecyclePolicy(
            retention_triggers=autoscaling.RetentionTriggers(terminate_hook_abandon=action)
        ),
    )
app.synth()
