"""Port of aws-cdk's integ.role-target-hook: lifecycle hooks without a target, with a target, and with a role."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns


@jsii.implements(autoscaling.ILifecycleHookTarget)
class FakeNotificationTarget:
    def __init__(self, topic):
        self.topic = topic

    def bind(self, _scope, *, lifecycle_hook, role=None):
        if role is None:
            role = iam.Role(lifecycle_hook, "Role", assumed_by=iam.ServicePrincipal("autoscaling.amazonaws.com"))
        self.topic.grant_publish(role)
        return autoscaling.LifecycleHookTargetConfig(notification_target_arn=self.topic.topic_arn, created_role=role)


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        vpc = ec2.Vpc(self, "myVpcAuto", restrict_default_security_group=False)
        myrole = iam.Role(self, "MyRole", assumed_by=iam.ServicePrincipal("autoscaling.amazonaws.com"))
        topic = sns.Topic(self, "topic")
        topic2 = sns.Topic(self, "topic2")
        asg = autoscaling.AutoScalingGroup(
            self, "ASG", vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.BURSTABLE2, ec2.InstanceSize.MICRO),
            machine_image=ec2.AmazonLinuxImage(),
            health_checks=autoscaling.HealthChecks.ec2(),
        )
        autoscaling.LifecycleHook(
            self, "LCHookNoRoleNoTarget", auto_scaling_group=asg,
            lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
        )
        autoscaling.LifecycleHook(
            self, "LCHookNoRoleTarget", notification_target=FakeNotificationTarget(topic), auto_scaling_group=asg,
            lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
        )
        autoscaling.LifecycleHook(
            self, "LCHookRoleTarget", notification_target=FakeNotificationTarget(topic2), role=myrole,
            auto_scaling_group=asg, lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
        )


app = cdk.App()
TestStack(app, "integ-role-target-hook")
app.synth()
