"""FirehoseSubscription on an interface-shaped delivery stream (a Resource with the IDeliveryStream members the
subscriber uses): the created TopicSubscriptionRole shared by two topics, a given role, raw delivery, a DLQ, a filter
and a topic in another stack."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs


@jsii.implements(firehose.IDeliveryStream)
class DeliveryStreamLike(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._arn = f"arn:aws:firehose:us-east-1:123456789012:deliverystream/{id}"

    @property
    def delivery_stream_arn(self):
        return self._arn

    def grant(self, grantee, *actions):
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self._arn])


app = cdk.App()
stack = cdk.Stack(app, "FirehoseSubscriptions")
stream = DeliveryStreamLike(stack, "Stream")
topic = sns.Topic(stack, "Topic")
other = sns.Topic(stack, "Other")
topic.add_subscription(
    subs.FirehoseSubscription(
        stream,
        raw_message_delivery=True,
        dead_letter_queue=sqs.Queue(stack, "Dlq"),
        filter_policy={"color": sns.SubscriptionFilter.string_filter(allowlist=["red"])},
    )
)
other.add_subscription(subs.FirehoseSubscription(stream))

role = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("sns.amazonaws.com"))
second = DeliveryStreamLike(stack, "Second")
topic.add_subscription(subs.FirehoseSubscription(second, role=role))

topic_stack = cdk.Stack(app, "TopicHome")
remote_topic = sns.Topic(topic_stack, "Remote")
stream_stack = cdk.Stack(app, "StreamHome")
remote_stream = DeliveryStreamLike(stream_stack, "Stream")
remote_topic.add_subscription(subs.FirehoseSubscription(remote_stream))
app.synth()
