"""Port of aws-cdk's integ.sns-lambda-cross-opt-in-region.ts: a Lambda subscription across af-south-1 and us-east-1
(the function sends its results to an SQS success destination).

The original reads the account from CDK_INTEG_ACCOUNT / CDK_DEFAULT_ACCOUNT; a fixed account stands in for it.
"""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from constructs import Construct

DEFAULT_REGION = "us-east-1"
OPT_IN_REGION = "af-south-1"
ACCOUNT = "123456789012"


class FunctionStack(cdk.Stack):
    def __init__(self, scope, id, *, region):
        super().__init__(scope, id, env=cdk.Environment(account=ACCOUNT, region=region), cross_region_references=True)
        self.fn = lambda_.Function(
            self, "Function", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler",
            code=lambda_.Code.from_inline("\n        exports.handler = async (event) => event.Records[0].Sns.Message;"),
            on_success=destinations.SqsDestination(sqs.Queue(self, "SuccessDestinationQueue")),
        )


class TopicStack(cdk.Stack):
    def __init__(self, scope, id, *, fn, region):
        super().__init__(scope, id, env=cdk.Environment(account=ACCOUNT, region=region), cross_region_references=True)
        self.topic = sns.Topic(self, "Topic", topic_name=cdk.PhysicalName.GENERATE_IF_NEEDED)
        self.topic.add_subscription(subs.LambdaSubscription(fn))


class TestCaseStack(Construct):
    def __init__(self, scope, id, *, fn_region, topic_region):
        super().__init__(scope, id)
        function_stack = FunctionStack(self, "FunctionStack", region=fn_region)
        TopicStack(self, "TopicStack", fn=function_stack.fn, region=topic_region)


app = cdk.App()
TestCaseStack(app, "TestCaseOptInRegionFunctionOptInRegionTopic", fn_region=OPT_IN_REGION, topic_region=OPT_IN_REGION)
TestCaseStack(app, "TestCaseDefaultRegionFunctionOptInRegionTopic", fn_region=DEFAULT_REGION, topic_region=OPT_IN_REGION)
app.synth()
