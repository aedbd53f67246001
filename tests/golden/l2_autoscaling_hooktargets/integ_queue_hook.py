"""Port of aws-cdk's integ.queue-hook: a launching hook that sends to an SQS queue, on a group whose image comes
from an SSM parameter through a hand-written IMachineImage (the integ test's API-call assertions are left out)."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_autoscaling as scaling
from aws_cdk.aws_autoscaling_hooktargets import QueueHook
from aws_cdk.aws_ec2 import (
    IMachineImage,
    InstanceClass,
    InstanceSize,
    InstanceType,
    MachineImageConfig,
    OperatingSystemType,
    UserData,
    Vpc,
)
from aws_cdk.aws_sqs import Queue
from aws_cdk.aws_ssm import StringParameter


# aws-cdk-lib's IMachineImage is a jsii protocol (implemented through the decorator, which the rewriter drops);
# pycdk's ec2 declares it as a nominal base class, so the pycdk run subclasses it.
_ImageBase = object if getattr(IMachineImage, "_is_protocol", False) else IMachineImage


@jsii.implements(IMachineImage)
class SsmImage(_ImageBase):
    def __init__(self, stack):
        self.stack = stack

    def get_image(self, scope):
        return MachineImageConfig(
            os_type=OperatingSystemType.LINUX,
            user_data=UserData.for_linux(),
            image_id=StringParameter.from_string_parameter_name(
                self.stack, "al2023AMI", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64"
            ).string_value,
        )


class TestStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        queue = Queue(self, "HookQueue")
        self.queue_url = queue.queue_url
        group = scaling.AutoScalingGroup(
            self, "Group", vpc=Vpc(self, "Vpc", restrict_default_security_group=False), max_capacity=1,
            min_capacity=0, instance_type=InstanceType.of(InstanceClass.T3, InstanceSize.SMALL),
            machine_image=SsmImage(self),
        )
        self.group_name = group.auto_scaling_group_name
        hook = group.add_lifecycle_hook(
            "scaleout", lifecycle_transition=scaling.LifecycleTransition.INSTANCE_LAUNCHING,
            notification_target=QueueHook(queue),
        )
        self.hook_name = hook.lifecycle_hook_name


app = cdk.App()
TestStack(app, "integ-autoscalinghook-queue")
app.synth()
