"""RuleTargetInput: objects, text and multi-line text with EventField tokens (input transformers), event paths,
literal objects with other tokens."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "RuleTargetInputStack")
queue = sqs.Queue(stack, "Queue")
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ec2"]))
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_object(
            {
                "instance": events.EventField.from_path("$.detail.instance-id"),
                "state": events.EventField.from_path("$.detail.state"),
                "again": events.EventField.from_path("$.detail.state"),
                "when": events.EventField.time,
                "nested": {"list": [events.EventField.account, "literal", 42, True]},
                "queue": queue.queue_arn,
                "text": f"At {events.EventField.time} in {events.EventField.region}",
            }
        ),
    )
)
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_text(
            f"Instance {events.EventField.from_path('$.detail.instance-id')} is {events.EventField.detail_type}"
        ),
    )
)
rule.add_target(
    targets.SqsQueue(
        queue,
        message=events.RuleTargetInput.from_multiline_text(
            f"line one {events.EventField.source}\nline two {events.EventField.event_id}\nplain"
        ),
    )
)
rule.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_event_path("$.detail")))
rule.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_object({"queue": queue.queue_url, "n": 1})))
other = events.Rule(stack, "Other", schedule=events.Schedule.expression("rate(5 minutes)"))
other.add_target(targets.SqsQueue(queue, message=events.RuleTargetInput.from_text("plain text")))
other.add_target(
    targets.SqsQueue(queue, message=events.RuleTargetInput.from_text(f"queue {queue.queue_name} says hello"))
)
app.synth()
