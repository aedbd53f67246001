"""Topic metrics (AWS/SNS, TopicName dimension) used by alarms."""

import aws_cdk as cdk
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicMetrics")
topic = sns.Topic(stack, "Topic")
topic.metric_number_of_notifications_failed().create_alarm(stack, "Failed", threshold=1, evaluation_periods=1)
topic.metric_publish_size(period=cdk.Duration.minutes(1)).create_alarm(stack, "Size", threshold=1024, evaluation_periods=5)
app.synth()
