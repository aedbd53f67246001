"""Port of aws-cdk's integ.sns-fifo.no-name.ts: a FIFO topic whose name is generated (with the .fifo suffix)."""

from aws_cdk import App, Stack
from aws_cdk.aws_sns import Topic

app = App()
stack = Stack(app, "aws-cdk-sns-fifo-1")
Topic(stack, "MyTopic", fifo=True)
app.synth()
