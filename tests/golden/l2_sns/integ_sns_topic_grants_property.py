"""Port of aws-cdk's integ.sns-topic-grants-property.ts: topic.grants.publish through the ITopic type."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import User
from aws_cdk.aws_sns import ITopic, Topic

app = App()
stack = Stack(app, "sns-grants-property-stack")
topic = Topic(stack, "MyTopic")
topic_as_interface: ITopic = topic
user = User(stack, "MyUser")
topic_as_interface.grants.publish(user)
app.synth()
