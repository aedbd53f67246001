"""Port of aws-cdk's integ.sns-fifo-archive-policy.ts: a FIFO topic with a 12-day archive policy."""

from aws_cdk import App, Stack
from aws_cdk.aws_sns import Topic

app = App()
stack = Stack(app, "SNSFifoArchivePolicyStack")
Topic(stack, "MyTopic", fifo=True, message_retention_period_in_days=12)
app.synth()
