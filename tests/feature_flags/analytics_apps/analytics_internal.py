"""@aws-cdk/core:enableAdditionalMetadataCollection on, what aws-cdk-lib's own code builds and calls: subscriptions
(bind()'s literal, undefined keys included), alarms from metrics, archives, a LazyRole, CloudTrail event rules,
auto-deleted buckets (their mixins) and custom resources, logging configs, enum values, star principals (an app of
aws-cdk-lib's Python API, run by the oracle and, rewritten, by pycdk)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs

app = cdk.App(context={"@aws-cdk/core:enableAdditionalMetadataCollection": True})
stack = cdk.Stack(app, "AnalyticsInternal")

queue = sqs.Queue(stack, "Queue")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"))
role = iam.Role(stack, "FeedbackRole", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
topic = sns.Topic(stack, "Topic", logging_configs=[
    sns.LoggingConfig(protocol=sns.LoggingProtocol.SQS, failure_feedback_role=role, success_feedback_role=role,
                      success_feedback_sample_rate=50),
])
topic.add_logging_config(protocol=sns.LoggingProtocol.LAMBDA, failure_feedback_role=role)
topic.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True))
topic.add_subscription(subs.LambdaSubscription(fn, filter_policy={
    "color": sns.SubscriptionFilter.string_filter(allowlist=["red"])}))
topic.add_subscription(subs.EmailSubscription("ops@example.com", json=True))
topic.add_subscription(subs.UrlSubscription("https://example.com/hook"))
topic.add_subscription(subs.SmsSubscription("+15555550100"))

queue.metric_approximate_number_of_messages_visible().create_alarm(stack, "Backlog", threshold=10,
                                                                   evaluation_periods=2)
bus = events.EventBus(stack, "Bus")
bus.archive("Archive", event_pattern=events.EventPattern(account=[stack.account]),
            retention=cdk.Duration.days(7))
bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
bucket.on_cloud_trail_put_object("PutObject", paths=["in/"])
lazy = iam.LazyRole(stack, "Lazy", assumed_by=iam.StarPrincipal(), role_name="lazy")
lazy.add_to_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
lazy.attach_inline_policy(iam.Policy(stack, "Inline", statements=[
    iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[queue.queue_arn])]))
lazy.role_arn  # noqa: B018 - instantiates the role
user = iam.User(stack, "User")
iam.AccessKey(stack, "Key", user=user, serial=2, status=iam.AccessKeyStatus.INACTIVE)
iam.Role(stack, "Star", assumed_by=iam.StarPrincipal())
resource = cdk.CustomResource(stack, "Custom", service_token=fn.function_arn)
cdk.CfnOutput(stack, "Value", value=resource.get_att_string("Value"))
app.synth()
