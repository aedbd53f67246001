"""Port of aws-cdk's integ.sns-sqs-cross-opt-in-region.ts: queues and topics across af-south-1 and us-east-1.

The original reads the account from CDK_INTEG_ACCOUNT / CDK_DEFAULT_ACCOUNT; a fixed account stands in for it.
"""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from constructs import Construct

DEFAULT_REGION = "us-east-1"
OPT_IN_REGION = "af-south-1"
ACCOUNT = "123456789012"


class QueueStack(cdk.Stack):
    def __init__(self, scope, id, *, region):
        super().__init__(scope, id, env=cdk.Environment(account=ACCOUNT, region=region), cross_region_references=True)
        self.queue = sqs.Queue(self, "Queue")


class TopicStack(cdk.Stack):
    def __init__(self, scope, id, *, queue, region):
        super().__init__(scope, id, env=cdk.Environment(account=ACCOUNT, region=region), cross_region_references=True)
        self.topic = sns.Topic(self, "Topic", topic_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
        self.topic.add_subscription(subs.SqsSubscription(queue))


class TestCaseStack(Construct):
    def __init__(self, scope, id, *, queue_region, topic_region):
        super().__init__(scope, id)
        queue_stack = QueueStack(self, "QueueStack", region=queue_region)
        TopicStack(self, "TopicStack", queue=queue_stack.queue, region=topic_region)


app = cdk.App()
TestCaseStack(app, "TestCaseOptInRegionQueueOptInRegionTopic", queue_region=OPT_IN_REGION, topic_region=OPT_IN_REGION)
TestCaseStack(app, "TestCaseOptInRegionQueueDefaultRegionTopic", queue_region=OPT_IN_REGION, topic_region=DEFAULT_REGION)
TestCaseStack(app, "TestCaseDefaultRegionQueueOptInRegionTopic", queue_region=DEFAULT_REGION, topic_region=OPT_IN_REGION)
app.synth()
