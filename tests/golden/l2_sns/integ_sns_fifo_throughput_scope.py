"""Port of aws-cdk's integ.sns-fifo-throughput-scope.ts: FIFO throughput per message group and per topic."""

from aws_cdk import App, Stack
from aws_cdk.aws_sns import FifoThroughputScope, Topic

app = App()
stack = Stack(app, "sns-fifo-throughput-scope")
Topic(stack, "MessageGroupScopeTopic", fifo=True, fifo_throughput_scope=FifoThroughputScope.MESSAGE_GROUP)
Topic(stack, "TopicScopeTopic", fifo=True, fifo_throughput_scope=FifoThroughputScope.TOPIC)
app.synth()
