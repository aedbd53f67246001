"""grant_publish and grant_subscribe to roles."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicGrants")
topic = sns.Topic(stack, "Topic")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
topic.grant_publish(role)
topic.grant_subscribe(role)
imported = sns.Topic.from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:other")
imported.grant_publish(role)
cdk.CfnOutput(stack, "ImportedName", value=imported.topic_name)
app.synth()
