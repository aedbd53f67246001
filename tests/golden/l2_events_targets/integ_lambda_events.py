"""Port of aws-events-targets integ.events (lambda): three scheduled rules invoking one function."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "lambda-events")
fn = lambda_.Function(
    stack,
    "MyFunc",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        "exports.handler = function handler(event, _context, callback) {\n"
        "  console.log(JSON.stringify(event, undefined, 2));\n  return callback();\n}"
    ),
)
timer = events.Rule(stack, "Timer", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
timer.add_target(targets.LambdaFunction(fn))
timer2 = events.Rule(stack, "Timer2", schedule=events.Schedule.rate(cdk.Duration.minutes(2)))
timer2.add_target(targets.LambdaFunction(fn))
timer3 = events.Rule(stack, "Timer3", schedule=events.Schedule.rate(cdk.Duration.minutes(2)))
queue = sqs.Queue(stack, "Queue")
timer3.add_target(
    targets.LambdaFunction(fn, dead_letter_queue=queue, max_event_age=cdk.Duration.hours(2), retry_attempts=0)
)
app.synth()
