"""Port of aws-cdk's aws-sns-subscriptions integ.sns-lambda.ts: Lambda subscriptions with a DLQ and filters."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

HANDLER = (
    "exports.handler = function handler(event, _context, callback) {\n"
    "    console.log(JSON.stringify(event, undefined, 2));\n"
    "    return callback(undefined, event);\n"
    "}"
)

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-sns-lambda")

topic = sns.Topic(stack, "MyTopic")
func = lambda_.Function(
    stack, "Echo", handler="index.handler", runtime=lambda_.Runtime.NODEJS_18_X, code=lambda_.Code.from_inline(HANDLER)
)
topic.add_subscription(subs.LambdaSubscription(func, dead_letter_queue=sqs.Queue(stack, "DeadLetterQueue")))

func_filtered = lambda_.Function(
    stack, "Filtered", handler="index.handler", runtime=lambda_.Runtime.NODEJS_18_X, code=lambda_.Code.from_inline(HANDLER)
)
topic.add_subscription(
    subs.LambdaSubscription(
        func_filtered,
        filter_policy={
            "color": sns.SubscriptionFilter.string_filter(
                allowlist=["red"], match_prefixes=["bl", "ye"], match_suffixes=["ue", "ow"]
            ),
            "size": sns.SubscriptionFilter.string_filter(denylist=["small", "medium"]),
            "price": sns.SubscriptionFilter.numeric_filter(between=sns.BetweenCondition(start=100, stop=200)),
        },
    )
)

func_filtered_with_message_body = lambda_.Function(
    stack,
    "FilteredMessageBody",
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_18_X,
    code=lambda_.Code.from_inline(HANDLER),
)
topic.add_subscription(
    subs.LambdaSubscription(
        func_filtered_with_message_body,
        filter_policy_with_message_body={
            "background": sns.FilterOrPolicy.policy(
                {
                    "color": sns.FilterOrPolicy.filter(
                        sns.SubscriptionFilter.string_filter(
                            allowlist=["red"], match_prefixes=["bl", "ye"], match_suffixes=["ue", "ow"]
                        )
                    )
                }
            )
        },
    )
)
app.synth()
