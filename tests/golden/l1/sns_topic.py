"""SNS topics with inline subscriptions, a subscription resource with a filter policy and a topic policy."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "L1Sns")

topic = sns.CfnTopic(
    stack,
    "Topic",
    display_name="Golden",
    topic_name="golden-events",
    subscription=[
        sns.CfnTopic.SubscriptionProperty(endpoint="ops@example.com", protocol="email"),
        {"endpoint": "https://example.com/hook", "protocol": "https"},
    ],
    kms_master_key_id="alias/aws/sns",
    tags=[cdk.CfnTag(key="domain", value="events")],
)
sns.CfnSubscription(
    stack,
    "Filtered",
    topic_arn=topic.ref,
    protocol="sqs",
    endpoint=f"arn:aws:sqs:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:filtered",
    raw_message_delivery=True,
    filter_policy={"eventType": ["created", "deleted"]},
    filter_policy_scope="MessageAttributes",
)
sns.CfnTopicPolicy(
    stack,
    "Policy",
    topics=[topic.ref],
    policy_document={
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sns:Publish", "Resource": "*"}
        ]
    },
)

cdk.CfnOutput(stack, "TopicName", value=topic.attr_topic_name)

app.synth()
