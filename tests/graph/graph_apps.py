"""Apps the graph tests draw, built in memory with pycdk and synthesized into a temporary folder."""

from __future__ import annotations

from pathlib import Path

from constructs import App, Construct, Duration, NestedStack, Stack, Stage
from l2 import (
    events,
    events_targets,
    iam,
    lambda_,
    lambda_event_sources,
    s3,
    s3_notifications,
    sns,
    sns_subscriptions,
    sqs,
)
from patterns.sqs_lambda import SqsToLambda

FIXTURES = Path(__file__).resolve().parent / "fixtures"
"""Committed cloud assemblies (``oracle_app/``: aws-cdk-lib's, of ``oracle_app.py``)."""


def _function(scope: Construct, id: str) -> lambda_.Function:
    return lambda_.Function(scope, id, code=lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
                            handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_12)


def orders_app(outdir: Path) -> Path:
    """Two stacks and a stage.

    ``Shared``: a topic and an archive queue. ``Service``: a ``Worker`` scope with a queue subscribed to the
    topic (an export) and a function consuming it; the function may send to the archive (a grant through an
    export); a bucket notifies the function; a rule runs it every 5 minutes; a role (its own construct) may read
    the bucket; an ``SqsToLambda`` pattern; a nested stack ``Retry`` whose queue dead-letters into the
    worker's queue (a nested-stack parameter). ``Prod/Edge``: a stack in a stage with one queue.
    """
    app = App(outdir=str(outdir))
    shared = Stack(app, "Shared")
    topic = sns.Topic(shared, "Orders")
    archive = sqs.Queue(shared, "Archive")
    service = Stack(app, "Service")
    worker = Construct(service, "Worker")
    inbox = sqs.Queue(worker, "Inbox")
    topic.add_subscription(sns_subscriptions.SqsSubscription(inbox))
    handler = _function(worker, "Handler")
    handler.add_event_source(lambda_event_sources.SqsEventSource(inbox))
    archive.grant_send_messages(handler)
    uploads = s3.Bucket(service, "Uploads")
    uploads.add_event_notification(s3.EventType.OBJECT_CREATED, s3_notifications.LambdaDestination(handler))
    rule = events.Rule(service, "Every5Minutes", schedule=events.Schedule.rate(Duration.minutes(5)))
    rule.add_target(events_targets.LambdaFunction(handler))
    reader = iam.Role(service, "Reader", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))
    uploads.grant_read(reader)
    SqsToLambda(service, "Pipeline", lambda_function_props={
        "code": lambda_.Code.from_inline("def handler(event, context):\n    pass\n"),
        "handler": "index.handler", "runtime": lambda_.Runtime.PYTHON_3_12})
    retry = NestedStack(service, "Retry")
    sqs.Queue(retry, "RetryQueue", dead_letter_queue=sqs.DeadLetterQueue(queue=inbox, max_receive_count=2))
    prod = Stage(app, "Prod")
    sqs.Queue(Stack(prod, "Edge"), "Buffer")
    return Path(app.synth().directory)


def big_app(outdir: Path, pairs: int = 50) -> Path:
    """``pairs`` queues and functions (a function is 3 L1s: role, policy, function), each function allowed to send
    to its queue: ``4 * pairs`` resources in one stack."""
    app = App(outdir=str(outdir))
    stack = Stack(app, "Big")
    for i in range(pairs):
        queue = sqs.Queue(stack, f"Queue{i}")
        queue.grant_send_messages(_function(stack, f"Function{i}"))
    return Path(app.synth().directory)
