"""Cross-account and cross-region Lambda targets: mirror rules in the target stacks, the default-bus target, the
EventsRole for another region, and the EventBusPolicy support stack."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
source = cdk.Stack(app, "Source", env=cdk.Environment(account="111111111111", region="us-east-1"))
other_account = cdk.Stack(app, "OtherAccount", env=cdk.Environment(account="222222222222", region="us-east-1"))
other_region = cdk.Stack(app, "OtherRegion", env=cdk.Environment(account="111111111111", region="eu-west-1"))


def make_function(stack, id):
    return lambda_.Function(
        stack,
        id,
        function_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
        runtime=lambda_.Runtime.PYTHON_3_12,
        handler="index.handler",
        code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    )


rule = events.Rule(
    source,
    "Rule",
    event_pattern=events.EventPattern(source=["my.app"], detail_type=["Thing Happened"]),
    description="cross environment",
)
rule.add_target(targets.LambdaFunction(make_function(other_account, "Fn")))
rule.add_target(targets.LambdaFunction(make_function(other_region, "Fn")))
scheduled = events.Rule(source, "Scheduled", schedule=events.Schedule.rate(cdk.Duration.hours(6)))
scheduled.add_target(targets.LambdaFunction(make_function(other_account, "Fn2")))
app.synth()
