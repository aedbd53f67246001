"""sns.Topic defaults (no removal policy), names, display names and attribute outputs."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicDefaults")
topic = sns.Topic(stack, "Topic")
named = sns.Topic(stack, "Named", topic_name="my-topic", display_name="My Topic")
sns.Topic(stack, "Signed", signature_version="2")
sns.Topic(stack, "Destroyed").apply_removal_policy(cdk.RemovalPolicy.DESTROY)
cdk.CfnOutput(stack, "Arn", value=topic.topic_arn)
cdk.CfnOutput(stack, "Name", value=topic.topic_name)
cdk.CfnOutput(stack, "NamedArn", value=named.topic_arn)
cdk.CfnOutput(stack, "NamedName", value=named.topic_name)
app.synth()
