"""Topic resource policies: enforce_ssl, add_to_resource_policy, grant to a service, explicit TopicPolicy."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicPolicy")
secure = sns.Topic(stack, "Secure", enforce_ssl=True)
secure.add_to_resource_policy(
    iam.PolicyStatement(
        actions=["sns:Publish"],
        principals=[iam.ServicePrincipal("events.amazonaws.com")],
        resources=[secure.topic_arn],
    )
)
open_topic = sns.Topic(stack, "Open")
open_topic.grant_publish(iam.ServicePrincipal("s3.amazonaws.com"))
a = sns.Topic(stack, "A")
b = sns.Topic(stack, "B")
# enforce_ssl adds one "AllowPublishThroughSSLOnly" statement per topic; with two topics the Sids would clash.
policy = sns.TopicPolicy(stack, "Shared", topics=[a, b])
policy.document.add_statements(
    iam.PolicyStatement(actions=["sns:Subscribe"], principals=[iam.AccountRootPrincipal()], resources=[a.topic_arn])
)
c = sns.Topic(stack, "C")
sns.TopicPolicy(stack, "SslOnly", topics=[c], enforce_ssl=True)
app.synth()
