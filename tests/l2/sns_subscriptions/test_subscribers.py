"""Subscribers added for issue 14: FirehoseSubscription, the props structs, SmsSubscription's dead_letter_queue."""

from __future__ import annotations

import pytest

from constructs import Construct, Resource, Stack, ValidationError
from l2 import iam, sns, sqs
from l2 import sns_subscriptions as subs


class _Stream(Resource):
    """A delivery stream shape: ``delivery_stream_arn`` and ``grant``."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self.delivery_stream_arn = f"arn:aws:firehose:us-east-1:123456789012:deliverystream/{id}"

    def grant(self, grantee: iam.IGrantable, *actions: str) -> iam.Grant:
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.delivery_stream_arn])


def test_firehose_subscription_needs_a_construct(stack: Stack) -> None:
    # aws-cdk-lib 2.275.0's message, word for word
    topic = sns.Topic(stack, "T")

    class NotAConstruct:
        delivery_stream_arn = "arn:aws:firehose:us-east-1:123456789012:deliverystream/x"

    with pytest.raises(ValidationError, match="^The supplied delivery stream object must be an instance of Construct"):
        topic.add_subscription(subs.FirehoseSubscription(NotAConstruct()))


def test_firehose_subscriptions_share_the_created_role(stack: Stack, synth) -> None:
    stream = _Stream(stack, "Stream")
    sns.Topic(stack, "A").add_subscription(subs.FirehoseSubscription(stream))
    sns.Topic(stack, "B").add_subscription(subs.FirehoseSubscription(stream))
    resources = synth(stack)["Resources"]
    roles = [k for k, v in resources.items() if v["Type"] == "AWS::IAM::Role"]
    subscriptions = [v["Properties"] for v in resources.values() if v["Type"] == "AWS::SNS::Subscription"]
    # the logical id aws-cdk-lib 2.275.0 gives S/Stream/TopicSubscriptionRole/Resource
    assert roles == ["StreamTopicSubscriptionRole56A59225"]
    assert {p["Protocol"] for p in subscriptions} == {"firehose"}
    assert all(p["SubscriptionRoleArn"] == {"Fn::GetAtt": [roles[0], "Arn"]} for p in subscriptions)


def test_sms_dead_letter_queue_is_accepted_and_not_rendered(stack: Stack, synth) -> None:
    # aws-cdk-lib 2.275.0 renders {"Endpoint", "Protocol": "sms", "TopicArn"} only
    topic = sns.Topic(stack, "T")
    topic.add_subscription(subs.SmsSubscription("+15551234567", dead_letter_queue=sqs.Queue(stack, "D")))
    props = synth(stack)["Resources"]["T15551234567F47E7ACC"]["Properties"]
    assert props == {"Endpoint": "+15551234567", "Protocol": "sms", "TopicArn": {"Ref": "TD925BC7E"}}


def test_props_structs() -> None:
    assert subs.SqsSubscriptionProps(raw_message_delivery=True).raw_message_delivery is True
    assert subs.EmailSubscriptionProps(json=True).json is True
    assert subs.UrlSubscriptionProps().protocol is None
    assert subs.FirehoseSubscriptionProps().role is None
    assert subs.LambdaSubscriptionProps().dead_letter_queue is None
    assert subs.SmsSubscriptionProps().filter_policy is None
    assert subs.SubscriptionProps().filter_policy_with_message_body is None
    assert subs.UrlSubscription.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-sns-subscriptions.UrlSubscription"
