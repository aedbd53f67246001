"""Port of aws-cdk's integ.sns-topic-grant-subscribe.ts: grant_subscribe on an encrypted topic."""

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_iam import User
from aws_cdk.aws_kms import Key
from aws_cdk.aws_sns import Topic

app = App()
stack = Stack(app, "sns-grant-subscribe-stack")
key = Key(stack, "CustomKey", pending_window=Duration.days(7), removal_policy=RemovalPolicy.DESTROY)
topic = Topic(stack, "MyTopic", master_key=key)
user = User(stack, "MyUser")
topic.grant_subscribe(user)
app.synth()
