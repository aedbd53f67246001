"""Port of aws-cdk's integ.sns.ts: an encrypted topic with delivery logging, signature version, tracing, imports."""

import os
import tempfile

from aws_cdk import App, Duration, RemovalPolicy, Stack
from aws_cdk.aws_iam import ManagedPolicy, PolicyDocument, PolicyStatement, Role, ServicePrincipal
from aws_cdk.aws_kms import Key
from aws_cdk.aws_lambda import Code, Function, Runtime
from aws_cdk.aws_sns import LoggingProtocol, Topic, TracingConfig

# the original's fixtures/publish-encrypted-topic handler, written here so the app is self-contained
work = tempfile.mkdtemp()
os.makedirs(os.path.join(work, "publish-encrypted-topic"))
with open(os.path.join(work, "publish-encrypted-topic", "index.py"), "w", newline="") as f:
    f.write(
        "import os\nimport boto3\n\n\ndef lambda_handler(event, context):\n"
        "    boto3.client('sns').publish(TopicArn=os.environ['TOPIC_ARN'], Message='hello')\n"
        "    return 'published successfully'\n"
    )

app = App()
stack = Stack(app, "SNSInteg")

key = Key(stack, "CustomKey", pending_window=Duration.days(7), removal_policy=RemovalPolicy.DESTROY)
topic = Topic(stack, "MyTopic", topic_name="fooTopic", display_name="fooDisplayName", master_key=key)

feedback_role = Role(stack, "FeedbackRole", assumed_by=ServicePrincipal("sns.amazonaws.com"))
delivery_logging_policy = ManagedPolicy(
    stack,
    "Policy",
    document=PolicyDocument(
        statements=[
            PolicyStatement(
                actions=[
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents",
                    "logs:PutMetricFilter",
                    "logs:PutRetentionPolicy",
                ],
                resources=["*"],
            )
        ]
    ),
)
delivery_logging_policy.attach_to_role(feedback_role)
topic.add_logging_config(
    protocol=LoggingProtocol.HTTP,
    failure_feedback_role=feedback_role,
    success_feedback_role=feedback_role,
    success_feedback_sample_rate=50,
)

Topic(
    stack,
    "MyTopicSignatureVersion",
    topic_name="fooTopicSignatureVersion",
    display_name="fooDisplayNameSignatureVersion",
    signature_version="2",
)
Topic(
    stack,
    "MyTopicTracingConfig",
    topic_name="fooTopicTracingConfig",
    display_name="fooDisplayNameTracingConfig",
    tracing_config=TracingConfig.ACTIVE,
)

topic2 = Topic(stack, "MyTopic2", topic_name="fooTopic2", display_name="fooDisplayName2")
imported_topic2 = Topic.from_topic_arn(stack, "ImportedTopic2", topic2.topic_arn)
publish_role = Role(stack, "PublishRole", assumed_by=ServicePrincipal("s3.amazonaws.com"))
imported_topic2.grant_publish(publish_role)

topic3 = Topic(stack, "MyTopic3", topic_name="fooTopic3", display_name="fooDisplayName3", master_key=key)
imported_topic3 = Topic.from_topic_attributes(stack, "ImportedTopic3", topic_arn=topic3.topic_arn, key_arn=key.key_arn)
imported_topic3.grant_publish(publish_role)

publish_fn = Function(
    stack,
    "PublishEncryptedTopic",
    function_name="publish-encrypted-topic",
    runtime=Runtime.PYTHON_3_12,
    code=Code.from_asset(os.path.join(work, "publish-encrypted-topic")),
    handler="index.lambda_handler",
    environment={"TOPIC_ARN": topic3.topic_arn},
)
topic3.grant_publish(publish_fn)
app.synth()
