"""Port of aws-cdk's integ.sns-fifo.ts: a named FIFO topic with content-based deduplication."""

from aws_cdk import App, Stack
from aws_cdk.aws_sns import Topic

app = App()
stack = Stack(app, "SNSFifoInteg")
Topic(stack, "MyTopic", topic_name="fooTopic", display_name="fooDisplayName", content_based_deduplication=True, fifo=True)
app.synth()
