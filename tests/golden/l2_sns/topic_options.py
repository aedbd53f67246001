"""Topic options: delivery status logging with roles, tracing, FIFO throughput scope, signature version."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "TopicOptions")
role = iam.Role(stack, "Feedback", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
topic = sns.Topic(
    stack,
    "Topic",
    tracing_config=sns.TracingConfig.ACTIVE,
    logging_configs=[
        sns.LoggingConfig(
            protocol=sns.LoggingProtocol.SQS,
            failure_feedback_role=role,
            success_feedback_role=role,
            success_feedback_sample_rate=50,
        )
    ],
)
topic.add_logging_config(protocol=sns.LoggingProtocol.LAMBDA, failure_feedback_role=role)
sns.Topic(stack, "Fifo", fifo=True, fifo_throughput_scope=sns.FifoThroughputScope.MESSAGE_GROUP, topic_name="x")
app.synth()
