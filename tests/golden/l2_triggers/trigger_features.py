"""Triggers: a trigger function with its own timeout (the trigger waits as long), DRY_RUN and no re-run on change,
execute_before on a bucket, a trigger function ordered after another, and a second stack (its own provider)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import triggers

app = cdk.App()
stack = cdk.Stack(app, "TriggerFeatures")

bucket = s3.Bucket(stack, "Bucket")
first = triggers.TriggerFunction(
    stack, "Seed",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 'seeded'\n"),
    timeout=cdk.Duration.minutes(5),
    memory_size=256,
    environment={"BUCKET": bucket.bucket_name},
    execute_after=[bucket],
    execute_on_handler_change=False,
)
second = triggers.TriggerFunction(
    stack, "Check",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return 'checked'\n"),
)
second.execute_after(first)

plain = lambda_.Function(
    stack, "Plain",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
topic_holder = s3.Bucket(stack, "Later")
dry = triggers.Trigger(
    stack, "DryRun",
    handler=plain,
    invocation_type=triggers.InvocationType.DRY_RUN,
    timeout=cdk.Duration.seconds(30),
    execute_before=[topic_holder],
    execute_on_handler_change=False,
)
dry.execute_after(bucket)

other = cdk.Stack(app, "TriggerOther")
fn = lambda_.Function(
    other, "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"),
)
triggers.Trigger(other, "Run", handler=fn, invocation_type=triggers.InvocationType.EVENT)
app.synth()
