"""Every hook target: a topic (with the hook's own role), a queue, a Lambda function through a new topic, with
and without a KMS key, on a new group and an imported one."""

import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_autoscaling_hooktargets as hooktargets
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "HookTargets")
vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
group = autoscaling.AutoScalingGroup(
    stack, "Group", vpc=vpc, vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC),
    instance_type=ec2.InstanceType("t3.micro"), machine_image=ec2.MachineImage.latest_amazon_linux2023(),
)
fn = lambda_.Function(
    stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
)
fn2 = lambda_.Function(
    stack, "Fn2", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
key = kms.Key(stack, "Key")
role = iam.Role(stack, "HookRole", assumed_by=iam.ServicePrincipal("autoscaling.amazonaws.com"))

group.add_lifecycle_hook(
    "Topic", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
    notification_target=hooktargets.TopicHook(sns.Topic(stack, "HookTopic")), role=role,
    default_result=autoscaling.DefaultResult.ABANDON, heartbeat_timeout=cdk.Duration.minutes(3),
    notification_metadata='{"purpose":"test"}', lifecycle_hook_name="topic-hook",
)
group.add_lifecycle_hook(
    "Queue", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
    notification_target=hooktargets.QueueHook(sqs.Queue(stack, "HookQueue")),
)
group.add_lifecycle_hook(
    "Function", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
    notification_target=hooktargets.FunctionHook(fn),
)
group.add_lifecycle_hook(
    "EncryptedFunction", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
    notification_target=hooktargets.FunctionHook(fn2, key),
)
imported = autoscaling.AutoScalingGroup.from_auto_scaling_group_name(stack, "Imported", "existing-asg")
hook = imported.add_lifecycle_hook(
    "Imported", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
    notification_target=hooktargets.QueueHook(sqs.Queue(stack, "ImportedQueue")),
)
cdk.CfnOutput(stack, "HookName", value=hook.lifecycle_hook_name)
cdk.CfnOutput(stack, "HookRoleArn", value=hook.role.role_arn)
app.synth()
