"""Port of aws-cdk integ.log-group-from-object-v2.ts (aws-events-targets/test/logs): a log group target with
``LogGroupTargetInput.from_object_v2`` and the ``logApiResponseDataPropertyTrueDefault`` flag on (its resource
policy's handler is pycdk's own, masked). ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_logs as logs

app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault": True,
    }
)
stack = cdk.Stack(app, "aws-cdk-cloudwatch-eventbridge-logs")
log_group = logs.LogGroup(
    stack, "LogGroup", removal_policy=cdk.RemovalPolicy.DESTROY, retention=logs.RetentionDays.ONE_DAY
)
rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["aws.ec2"]))
rule.add_target(
    targets.CloudWatchLogGroup(
        log_group,
        log_event=targets.LogGroupTargetInput.from_object_v2(
            timestamp=events.EventField.from_path("$.time"),
            message=events.EventField.from_path("$.detail-type"),
        ),
    )
)
app.synth()
