"""Port of aws-cdk integ.log-group.ts (aws-events-targets/test/logs): log groups as rule targets (one imported,
with a dead-letter queue and retry options; one with a ``LogGroupTargetInput``), each allowed by a log-group
resource policy (an ``AwsCustomResource``, whose handler is pycdk's own, masked). Adapted: the input uses
``from_object_v2`` (aws-cdk-lib's Python refuses the deprecated ``from_object``'s ``RuleTargetInput`` for
``log_event``). ``IntegTest`` and its assertions dropped."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_logs as logs
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_events_targets import LogGroupTargetInput

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
stack = cdk.Stack(app, "log-group-events")
log_group = logs.LogGroup(stack, "log-group", removal_policy=cdk.RemovalPolicy.DESTROY)
log_group2 = logs.LogGroup(stack, "log-group2", removal_policy=cdk.RemovalPolicy.DESTROY)
logs.LogGroup(
    stack, "log-group-imported", log_group_name="MyLogGroupNameToBeImported", removal_policy=cdk.RemovalPolicy.DESTROY
)
imported_log_group = logs.LogGroup.from_log_group_name(stack, "imported-log-group", "MyLogGroupNameToBeImported")
timer = events.Rule(stack, "Timer", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
timer.add_target(targets.CloudWatchLogGroup(log_group))
custom_rule = events.Rule(
    stack,
    "CustomRule",
    event_pattern=events.EventPattern(source=["cdk-integ"], detail_type=["cdk-integ-custom-rule"]),
)
custom_rule.add_target(
    targets.CloudWatchLogGroup(
        log_group2,
        log_event=LogGroupTargetInput.from_object_v2(message=events.EventField.from_path("$.detail.date")),
    )
)
queue = sqs.Queue(stack, "dlq")
timer3 = events.Rule(stack, "Timer3", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
timer3.add_target(
    targets.CloudWatchLogGroup(
        imported_log_group, dead_letter_queue=queue, max_event_age=cdk.Duration.hours(2), retry_attempts=2
    )
)
app.synth()
