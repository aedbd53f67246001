"""The 2.275 surface added for issue 14: props structs, filter types, grant_on_key, topic_ref, notification target."""

from __future__ import annotations

import pytest

from constructs import Stack
from l2 import iam, kms, sns


def test_filter_or_policy_type() -> None:
    # aws-cdk-lib 2.275.0: FILTER / POLICY, values "FILTER" / "POLICY"
    leaf = sns.FilterOrPolicy.filter(sns.SubscriptionFilter.exists_filter())
    nested = sns.FilterOrPolicy.policy({"a": leaf})
    assert (leaf.type, nested.type) == (sns.FilterOrPolicyType.FILTER, sns.FilterOrPolicyType.POLICY)
    assert sns.FilterOrPolicyType.FILTER.value == "FILTER"


def test_grant_on_key(stack: Stack) -> None:
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    assert sns.Topic(stack, "Plain").grant_on_key(role, "kms:Decrypt").grant is None
    encrypted = sns.Topic(stack, "Enc", master_key=kms.Key(stack, "K"))
    assert isinstance(encrypted.grant_on_key(role, "kms:Decrypt").grant, iam.Grant)


def test_notification_rule_target_grants_codestar_publish(stack: Stack, synth) -> None:
    # aws-cdk-lib 2.275.0: target_type "SNS", address the topic's Ref, and a policy statement for the service
    topic = sns.Topic(stack, "T")
    config = topic.bind_as_notification_rule_target(stack)
    assert config.target_type == "SNS"
    assert stack.resolve(config.target_address) == {"Ref": "TD925BC7E"}
    statement = synth(stack)["Resources"]["TPolicy0B398327"]["Properties"]["PolicyDocument"]["Statement"]
    assert statement == [
        {
            "Action": "sns:Publish",
            "Effect": "Allow",
            "Principal": {"Service": "codestar-notifications.amazonaws.com"},
            "Resource": {"Ref": "TD925BC7E"},
            "Sid": "0",
        }
    ]


@pytest.mark.parametrize(
    ("method", "metric_name", "statistic"),
    [
        ("metric_number_of_notifications_filtered_out", "NumberOfNotificationsFilteredOut", "Sum"),
        (
            "metric_number_of_notifications_filtered_out_invalid_attributes",
            "NumberOfNotificationsFilteredOut-InvalidAttributes",
            "Sum",
        ),
        (
            "metric_number_of_notifications_filtered_out_no_message_attributes",
            "NumberOfNotificationsFilteredOut-NoMessageAttributes",
            "Sum",
        ),
        ("metric_sms_month_to_date_spent_usd", "SMSMonthToDateSpentUSD", "Maximum"),
        ("metric_sms_success_rate", "SMSSuccessRate", "Sum"),
    ],
)
def test_new_metrics(stack: Stack, method: str, metric_name: str, statistic: str) -> None:
    # names and statistics as aws-cdk-lib 2.275.0 reports them
    metric = getattr(sns.Topic(stack, "T"), method)()
    assert (metric.metric_name, metric.statistic, metric.period.to_seconds()) == (metric_name, statistic, 300)


def test_add_logging_config_rejects_a_fractional_rate_at_synthesis(stack: Stack, synth) -> None:
    topic = sns.Topic(stack, "T")
    topic.add_logging_config(protocol=sns.LoggingProtocol.SQS, success_feedback_sample_rate=101)
    with pytest.raises(Exception, match="Success feedback sample rate must be an integer between 0 and 100"):
        synth(stack)


def test_props_structs_and_injection_ids(stack: Stack) -> None:
    topic = sns.Topic(stack, "T")
    props = sns.SubscriptionProps(topic=topic, endpoint="e", protocol=sns.SubscriptionProtocol.SQS)
    assert (props.topic, props.raw_message_delivery) == (topic, None)
    assert sns.TopicAttributes(topic_arn="a").content_based_deduplication is None
    assert sns.NumericConditions(greater_than=1).greater_than == 1
    assert sns.StringConditions(allowlist=["a"]).allowlist == ["a"]
    assert sns.TopicPolicyProps(topics=[topic]).enforce_ssl is None
    assert sns.TopicProps(fifo=True).fifo is True
    assert (sns.Topic.PROPERTY_INJECTION_ID, sns.Subscription.PROPERTY_INJECTION_ID, sns.TopicPolicy.PROPERTY_INJECTION_ID) == (
        "aws-cdk-lib.aws-sns.Topic",
        "aws-cdk-lib.aws-sns.Subscription",
        "aws-cdk-lib.aws-sns.TopicPolicy",
    )
