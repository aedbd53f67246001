"""Port of aws-cdk's integ.sns-sqs-cross-region.lit.ts: a topic in us-east-1, a queue in us-east-2.

The original reads the topic stack's account from CDK_INTEG_ACCOUNT / CDK_DEFAULT_ACCOUNT; a fixed account stands
in for it (without one the generated topic name cannot be made).
"""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
topic_stack = cdk.Stack(app, "TopicStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
topic = sns.Topic(topic_stack, "MyTopic", topic_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
queue_stack = cdk.Stack(app, "QueueStack", env=cdk.Environment(region="us-east-2"))
queue = sqs.Queue(queue_stack, "MyQueue")
topic.add_subscription(subs.SqsSubscription(queue))
app.synth()
