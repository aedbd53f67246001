"""Topic, Subscription and subscribers: validation errors, ids, generated names, filters and delivery policies."""

from __future__ import annotations

import pytest

from constructs import CfnParameter, Duration, Stack, UnscopedValidationError, ValidationError
from l2 import sns, sqs
from l2 import sns_subscriptions as subs


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"content_based_deduplication": True}, "Content based deduplication can only be enabled for FIFO SNS topics."),
        ({"message_retention_period_in_days": 3}, "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics."),
        (
            {"fifo_throughput_scope": sns.FifoThroughputScope.TOPIC},
            "`fifoThroughputScope` can only be set for FIFO SNS topics.",
        ),
        (
            {"fifo": True, "message_retention_period_in_days": 366},
            "`messageRetentionPeriodInDays` must be an integer between 1 and 365",
        ),
        ({"fifo": True, "message_retention_period_in_days": 1.5}, "must be an integer between 1 and 365"),
        ({"signature_version": "3"}, 'signatureVersion must be "1" or "2", received: "3"'),
        ({"display_name": "x" * 101}, "displayName must be less than or equal to 100 characters, got 101"),
    ],
)
def test_fails_on_invalid_topic_props(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        sns.Topic(stack, "Topic", **props)
    assert message in err.value.bare_message
    assert err.value.construct_path == "S/Topic"


def test_fifo_topic_without_a_name_gets_a_generated_fifo_name(stack: Stack, synth) -> None:
    sns.Topic(stack, "Orders", fifo=True)
    resources = synth(stack)["Resources"]
    (topic,) = resources.values()
    assert topic["Properties"]["TopicName"].endswith(".fifo")
    assert topic["Properties"]["TopicName"].startswith("S-Orders-")


def test_fails_importing_dedup_on_a_standard_topic(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="contentBasedDeduplication is only available for FIFO SNS topics"):
        sns.Topic.from_topic_attributes(
            stack, "T", topic_arn="arn:aws:sns:eu-west-1:123456789012:plain", content_based_deduplication=True
        )


def test_imported_topic_reads_name_and_fifo_from_the_arn(stack: Stack) -> None:
    topic = sns.Topic.from_topic_arn(stack, "T", "arn:aws:sns:eu-west-1:123456789012:events.fifo")
    assert topic.topic_name == "events.fifo"
    assert topic.fifo is True
    assert topic.env.account == "123456789012"


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: subs.UrlSubscription("ftp://example.com"), "URL must start with either http:// or https://"),
        (lambda: subs.UrlSubscription(CfnParameter(Stack(), "P").value_as_string), "Must provide protocol if url"),
    ],
)
def test_fails_on_invalid_url_subscriptions(factory, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message):
        factory()


def test_fails_on_raw_delivery_for_email(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    with pytest.raises(ValidationError, match="Raw message delivery can only be enabled for HTTP, HTTPS, SQS"):
        sns.Subscription(
            stack, "Sub", topic=topic, endpoint="a@b.c", protocol=sns.SubscriptionProtocol.EMAIL, raw_message_delivery=True
        )


def test_fails_on_firehose_without_a_role(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    with pytest.raises(ValidationError, match="Subscription role arn is required field"):
        sns.Subscription(stack, "Sub", topic=topic, endpoint="arn:x", protocol=sns.SubscriptionProtocol.FIREHOSE)


def test_fails_on_more_than_five_filter_attributes(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    policy = {f"a{i}": sns.SubscriptionFilter.exists_filter() for i in range(6)}
    with pytest.raises(ValidationError, match="A filter policy can have a maximum of 5 attribute names."):
        topic.add_subscription(subs.EmailSubscription("a@b.c", filter_policy=policy))


def test_fails_on_more_than_150_value_combinations(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    many = sns.SubscriptionFilter.string_filter(allowlist=[str(i) for i in range(13)])
    with pytest.raises(ValidationError, match=r"The total combination of values \(169\) must not exceed 150."):
        topic.add_subscription(subs.EmailSubscription("a@b.c", filter_policy={"x": many, "y": many}))


def test_fails_on_duplicate_subscriber(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    topic.add_subscription(subs.EmailSubscription("a@b.c"))
    with pytest.raises(ValidationError, match='A subscription with id "a@b.c" already exists under the scope S/Topic'):
        topic.add_subscription(subs.EmailSubscription("a@b.c"))


def test_token_endpoints_get_numbered_ids(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    first = topic.add_subscription(subs.SmsSubscription(CfnParameter(stack, "A").value_as_string))
    second = topic.add_subscription(subs.SmsSubscription(CfnParameter(stack, "B").value_as_string))
    assert (first.node.id, second.node.id) == ("TokenSubscription:1", "TokenSubscription:2")


def test_fails_subscribing_a_kms_managed_queue(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    queue = sqs.Queue(stack, "Q", encryption=sqs.QueueEncryption.KMS_MANAGED)
    with pytest.raises(ValidationError, match="SQS queue encrypted by AWS managed KMS key cannot be used as SNS"):
        topic.add_subscription(subs.SqsSubscription(queue))


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        (
            sns.DeliveryPolicy(healthy_retry_policy=sns.HealthyRetryPolicy(min_delay_target=Duration.millis(1500))),
            "minDelayTarget must be a whole number of seconds",
        ),
        (
            sns.DeliveryPolicy(healthy_retry_policy=sns.HealthyRetryPolicy(max_delay_target=Duration.hours(2))),
            "maxDelayTarget must be between 1 and 3600 seconds inclusive, got: 7200s",
        ),
        (
            sns.DeliveryPolicy(
                healthy_retry_policy=sns.HealthyRetryPolicy(
                    min_delay_target=Duration.seconds(30), max_delay_target=Duration.seconds(10)
                )
            ),
            "minDelayTarget must not exceed maxDelayTarget",
        ),
        (sns.DeliveryPolicy(healthy_retry_policy=sns.HealthyRetryPolicy(num_retries=101)), "numRetries must be between"),
        (sns.DeliveryPolicy(throttle_policy=sns.ThrottlePolicy(max_receives_per_second=0)), "maxReceivesPerSecond"),
    ],
)
def test_fails_on_invalid_delivery_policies(stack: Stack, policy: sns.DeliveryPolicy, message: str) -> None:
    topic = sns.Topic(stack, "Topic")
    with pytest.raises(ValidationError, match=message):
        topic.add_subscription(subs.UrlSubscription("https://example.com", delivery_policy=policy))


def test_fails_on_delivery_policy_for_non_http(stack: Stack) -> None:
    topic = sns.Topic(stack, "Topic")
    with pytest.raises(ValidationError, match="Delivery policy is only supported for HTTP and HTTPS subscriptions, got: sqs"):
        sns.Subscription(
            stack, "S", topic=topic, endpoint="arn:q", protocol=sns.SubscriptionProtocol.SQS,
            delivery_policy=sns.DeliveryPolicy(throttle_policy=sns.ThrottlePolicy(max_receives_per_second=1)),
        )


def test_numeric_and_string_filters_render_like_sns_syntax() -> None:
    assert sns.SubscriptionFilter.numeric_filter(
        allowlist=[1], greater_than=2, less_than_or_equal_to=9, between_strict=sns.BetweenCondition(start=3, stop=4)
    ).conditions == [{"numeric": ["=", 1]}, {"numeric": [">", 2]}, {"numeric": ["<=", 9]}, {"numeric": [">", 3, "<", 4]}]
    assert sns.SubscriptionFilter.string_filter(denylist=["x"], match_suffixes=[".png"]).conditions == [
        {"anything-but": ["x"]},
        {"suffix": ".png"},
    ]
    with pytest.raises(UnscopedValidationError, match="`whitelist` is deprecated; please use `allowlist` instead"):
        sns.SubscriptionFilter.string_filter(allowlist=["a"], whitelist=["b"])


def test_logging_configs_render_delivery_status_logging(stack: Stack, synth) -> None:
    topic = sns.Topic(stack, "Topic")
    topic.add_logging_config(protocol=sns.LoggingProtocol.SQS, success_feedback_sample_rate=50)
    props = synth(stack)["Resources"]["TopicBFC7AF6E"]["Properties"]
    assert props == {"DeliveryStatusLogging": [{"Protocol": "sqs", "SuccessFeedbackSampleRate": "50"}]}


def test_topics_and_subscribers_satisfy_their_interfaces(stack: Stack) -> None:
    assert isinstance(sns.Topic(stack, "Topic"), sns.ITopic)
    assert isinstance(sns.Topic.from_topic_arn(stack, "T", "arn:aws:sns:eu-west-1:123456789012:t"), sns.ITopic)
    for subscriber in (subs.EmailSubscription("a@b.c"), subs.SmsSubscription("+1"),
                       subs.SqsSubscription(sqs.Queue(stack, "Q"))):  # a queue: None is refused, as in aws-cdk-lib
        assert isinstance(subscriber, sns.ITopicSubscription)
