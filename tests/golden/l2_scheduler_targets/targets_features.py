"""Target roles shared per target ARN, KMS grants, retry/DLQ options, group-scoped trust."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_scheduler_targets as targets
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "SchedulerTargetsFeatures", env=cdk.Environment(account="123456789012", region="us-east-1"))
rate = scheduler.ScheduleExpression.rate(cdk.Duration.hours(1))
group = scheduler.ScheduleGroup(stack, "Group", schedule_group_name="targets")

key = kms.Key(stack, "QueueKey")
queue = sqs.Queue(stack, "Queue", encryption_master_key=key)
dlq = sqs.Queue(stack, "Dlq")
sqs_target = targets.SqsSendMessage(
    queue,
    dead_letter_queue=dlq,
    max_event_age=cdk.Duration.hours(2),
    retry_attempts=0,
    input=scheduler.ScheduleTargetInput.from_object({"at": scheduler.ContextAttribute.scheduled_time}),
)
scheduler.Schedule(stack, "Sqs", schedule=rate, target=sqs_target)
# same target ARN, another group: the role is reused and trusts both
scheduler.Schedule(stack, "SqsInGroup", schedule=rate, target=targets.SqsSendMessage(queue), schedule_group=group)

stream_key = kms.Key(stack, "StreamKey")
stream = kinesis.Stream(stack, "Stream", encryption=kinesis.StreamEncryption.KMS, encryption_key=stream_key)
scheduler.Schedule(
    stack,
    "Kinesis",
    schedule=rate,
    target=targets.KinesisStreamPutRecord(stream, partition_key=stream.stream_name),
    key=kms.Key(stack, "ScheduleKey"),
)

bus = events.EventBus.from_event_bus_name(stack, "Bus", "default")
scheduler.Schedule(
    stack,
    "Events",
    schedule=rate,
    target=targets.EventBridgePutEvents(
        targets.EventBridgePutEventsEntry(
            event_bus=bus,
            detail=scheduler.ScheduleTargetInput.from_text("{}"),
            detail_type="tick",
            source="my.app",
        ),
        retry_attempts=3,
    ),
)

role = iam.Role(stack, "UniversalRole", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
scheduler.Schedule(
    stack,
    "Universal",
    schedule=rate,
    target=targets.Universal(
        service="ec2",
        action="stopInstances",
        policy_statements=[iam.PolicyStatement(actions=["ec2:StopInstances"], resources=["*"])],
        role=role,
        input=scheduler.ScheduleTargetInput.from_object({"InstanceIds": ["i-123"]}),
    ),
)
scheduler.Schedule(
    stack,
    "UniversalDefault",
    schedule=rate,
    target=targets.Universal(service="stepfunctions", action="startExecution"),
)

app.synth()
