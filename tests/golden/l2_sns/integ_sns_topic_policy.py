"""Port of aws-cdk's integ.sns-topic-policy.ts: TopicPolicy with a document and SSL enforcement, enforce_ssl topics."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import PolicyDocument, PolicyStatement, ServicePrincipal
from aws_cdk.aws_sns import Topic, TopicPolicy

app = App()
stack = Stack(app, "SNSTopicPolicyStack")

topic = Topic(stack, "Topic", topic_name="fooTopic", display_name="fooDisplay")
policy_document = PolicyDocument(
    assign_sids=True,
    statements=[
        PolicyStatement(
            actions=["sns:Publish"], principals=[ServicePrincipal("s3.amazonaws.com")], resources=[topic.topic_arn]
        )
    ],
)
TopicPolicy(stack, "TopicPolicy", topics=[topic], policy_document=policy_document, enforce_ssl=True)

topic_add_policy = Topic(
    stack, "TopicAddPolicy", topic_name="topicAddPolicy", display_name="topicDisplayNameAddPolicy", enforce_ssl=True
)
topic_add_policy.add_to_resource_policy(
    PolicyStatement(
        principals=[ServicePrincipal("s3.amazonaws.com")],
        actions=["sns:Publish"],
        resources=[topic_add_policy.topic_arn],
    )
)
Topic(stack, "TopicWithSSL", enforce_ssl=True)
app.synth()
