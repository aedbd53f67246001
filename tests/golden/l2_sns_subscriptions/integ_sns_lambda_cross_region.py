"""Port of aws-cdk's integ.sns-lambda-cross-region.ts: a topic in us-east-1 invoking a function in us-east-2.

The original reads the topic stack's account from CDK_INTEG_ACCOUNT / CDK_DEFAULT_ACCOUNT; a fixed account stands
in for it (without one the generated topic name cannot be made).
"""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs

app = cdk.App()
topic_stack = cdk.Stack(
    app,
    "TopicStack",
    env=cdk.Environment(account="123456789012", region="us-east-1"),
)
topic = sns.Topic(topic_stack, "MyTopic", topic_name=cdk.PhysicalName.GENERATE_IF_NEEDED)

function_stack = cdk.Stack(app, "FunctionStack", env=cdk.Environment(region="us-east-2"))
fction = lambda_.Function(
    function_stack,
    "Echo",
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_14_X,
    code=lambda_.Code.from_inline(
        "exports.handler = function handler(event, _context, callback) {\n"
        "    console.log(JSON.stringify(event, undefined, 2));\n"
        "    return callback(undefined, event);\n"
        "}"
    ),
)
topic.add_subscription(subs.LambdaSubscription(fction))
app.synth()
