"""integ.create-schedule: EventBridgeSchedulerCreateScheduleTask with every option, and a minimal one.

The stored integ test uses the task's earlier props (``scheduleExpression``, ``target``/``role`` strings); they are
2.275's ``schedule=Schedule.rate(...)`` and ``target=EventBridgeSchedulerTarget(...)`` here.
"""

import datetime

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import (
    ActionAfterCompletion,
    EventBridgeSchedulerCreateScheduleTask,
    EventBridgeSchedulerTarget,
    RetryPolicy,
    Schedule,
)

app = cdk.App()
stack = cdk.Stack(app, "createScheduleInteg")
kms_key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
schedule_group = scheduler.CfnScheduleGroup(stack, "ScheduleGroup", name="TestGroup")
target_queue = sqs.Queue(stack, "TargetQueue")
dead_letter_queue = sqs.Queue(stack, "DeadLetterQueue")
scheduler_role = iam.Role(stack, "SchedulerRole", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
scheduler_role.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:SendMessage"],
                                                           resources=[target_queue.queue_arn]))
kms_key.grant_encrypt_decrypt(scheduler_role)

test_date = datetime.datetime(2024, 3, 19, tzinfo=datetime.UTC)
task1 = EventBridgeSchedulerCreateScheduleTask(
    stack, "createSchedule1", schedule_name="TestSchedule", action_after_completion=ActionAfterCompletion.NONE,
    client_token="testToken", description="Testdescription", start_date=test_date,
    end_date=test_date + datetime.timedelta(hours=1), flexible_time_window=cdk.Duration.minutes(5),
    group_name=schedule_group.ref, kms_key=kms_key, schedule=Schedule.rate(cdk.Duration.minutes(1)), timezone="UTC",
    enabled=True, target=EventBridgeSchedulerTarget(
        arn=target_queue.queue_arn, role=scheduler_role, dead_letter_queue=dead_letter_queue,
        retry_policy=RetryPolicy(maximum_retry_attempts=2, maximum_event_age=cdk.Duration.minutes(5))),
)
task2 = EventBridgeSchedulerCreateScheduleTask(
    stack, "createSchedule2", schedule_name="TestSchedule2", schedule=Schedule.rate(cdk.Duration.minutes(1)),
    target=EventBridgeSchedulerTarget(arn=target_queue.queue_arn, role=scheduler_role),
)
sfn.StateMachine(stack, "stateMachine", definition=sfn.Chain.start(sfn.Pass(stack, "Start Task")).next(task1)
                 .next(task2).next(sfn.Pass(stack, "End Task")))
app.synth()
