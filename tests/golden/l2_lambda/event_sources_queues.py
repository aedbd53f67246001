"""SqsEventSource (mapping id from the queue's unique id, consume grant) and SnsEventSource (subscription)."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "EventSourcesQueues")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
queue = sqs.Queue(stack, "Queue")
fn.add_event_source(sources.SqsEventSource(queue))
other = sqs.Queue(stack, "Other")
source = sources.SqsEventSource(other, batch_size=100, max_batching_window=cdk.Duration.seconds(20),
                                report_batch_item_failures=True, max_concurrency=5, enabled=True)
fn.add_event_source(source)
topic = sns.Topic(stack, "Topic")
fn.add_event_source(sources.SnsEventSource(topic))
cdk.CfnOutput(stack, "MappingId", value=source.event_source_mapping_id)
app.synth()
