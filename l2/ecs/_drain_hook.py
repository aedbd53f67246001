"""The lifecycle hook that drains an EC2 container instance's tasks before the Auto Scaling group terminates it."""

from __future__ import annotations

from typing import Any

from constructs import Construct, Duration

# pycdk's own handler (aws-cdk-lib ships its own): on a termination lifecycle notification, set the container
# instance to DRAINING, wait until no task runs on it any more, then let the termination continue.
_HANDLER = '''import json, os, time
import boto3

ecs = boto3.client("ecs")
asg = boto3.client("autoscaling")


def _running(cluster, arn):
    found = ecs.describe_container_instances(cluster=cluster, containerInstances=[arn])["containerInstances"]
    if not found:
        return 0
    if found[0]["status"] == "ACTIVE":
        ecs.update_container_instances_state(cluster=cluster, containerInstances=[arn], status="DRAINING")
        return 1
    return found[0]["runningTasksCount"] + found[0]["pendingTasksCount"]


def lambda_handler(event, context):
    message = json.loads(event["Records"][0]["Sns"]["Message"])
    instance_id = message.get("EC2InstanceId")
    if not instance_id:
        return
    cluster = os.environ["CLUSTER"]
    arns = ecs.list_container_instances(cluster=cluster, filter="ec2InstanceId==" + instance_id)
    if not arns["containerInstanceArns"]:
        return
    while _running(cluster, arns["containerInstanceArns"][0]) > 0:
        time.sleep(10)
    try:
        asg.complete_lifecycle_action(
            LifecycleActionResult="CONTINUE", LifecycleHookName=message["LifecycleHookName"],
            LifecycleActionToken=message["LifecycleActionToken"],
            AutoScalingGroupName=message["AutoScalingGroupName"])
    except Exception as error:  # the action may have completed already
        print(error)
'''


class InstanceDrainHook(Construct):
    """A Lambda function on the group's termination lifecycle hook that drains the instance's tasks."""

    def __init__(self, scope: Construct, id: str, *, auto_scaling_group: Any, cluster: Any,
                 drain_time: Duration | None = None, topic_encryption_key: Any = None) -> None:
        super().__init__(scope, id)
        from l2 import autoscaling, lambda_
        from l2._private.iam_module import iam
        from l2.autoscaling_hooktargets import FunctionHook

        drain = drain_time if drain_time is not None else Duration.minutes(5)
        fn = lambda_.Function(
            self, "Function", code=lambda_.Code.from_inline(_HANDLER), handler="index.lambda_handler",
            runtime=lambda_.Runtime.determine_latest_python_runtime(self),
            timeout=Duration.seconds(min(drain.to_seconds() + 10, 900)),
            environment={"CLUSTER": cluster.cluster_name})
        auto_scaling_group.add_lifecycle_hook(
            "DrainHook", lifecycle_transition=autoscaling.LifecycleTransition.INSTANCE_TERMINATING,
            default_result=autoscaling.DefaultResult.CONTINUE,
            notification_target=FunctionHook(fn, topic_encryption_key), heartbeat_timeout=drain)
        i = iam()
        fn.add_to_role_policy(i.PolicyStatement(
            actions=["ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "ec2:DescribeInstanceStatus",
                     "ec2:DescribeHosts"], resources=["*"]))
        fn.add_to_role_policy(i.PolicyStatement(actions=["autoscaling:CompleteLifecycleAction"],
                                                resources=[auto_scaling_group.auto_scaling_group_arn]))
        fn.add_to_role_policy(i.PolicyStatement(actions=["ecs:DescribeContainerInstances", "ecs:DescribeTasks"],
                                                resources=["*"],
                                                conditions={"ArnEquals": {"ecs:cluster": cluster.cluster_arn}}))
        fn.add_to_role_policy(i.PolicyStatement(
            actions=["ecs:ListContainerInstances", "ecs:SubmitContainerStateChange", "ecs:SubmitTaskStateChange"],
            resources=[cluster.cluster_arn]))
        fn.add_to_role_policy(i.PolicyStatement(actions=["ecs:UpdateContainerInstancesState", "ecs:ListTasks"],
                                                conditions={"ArnEquals": {"ecs:cluster": cluster.cluster_arn}},
                                                resources=["*"]))
