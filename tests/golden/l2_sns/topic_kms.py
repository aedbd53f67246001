"""A topic encrypted with a KMS key; grant_publish also grants on the key."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicKms")
key = kms.Key(stack, "Key")
topic = sns.Topic(stack, "Topic", master_key=key)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic.grant_publish(role)
app.synth()
