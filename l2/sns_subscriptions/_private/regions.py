"""Which SNS service principal and region a subscription needs when topic and subscriber are in other regions."""

from __future__ import annotations

from typing import Any

from constructs import ArnFormat, Stack, Token

# Regions that must be enabled before use (opt-in regions); cross-region SNS delivery into or out of them uses
# the regional service principal ``sns.<region>.amazonaws.com``.
OPT_IN_REGIONS = frozenset(
    {
        "af-south-1",
        "ap-east-1",
        "ap-east-2",
        "ap-south-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ca-west-1",
        "eu-central-2",
        "eu-south-1",
        "eu-south-2",
        "il-central-1",
        "me-central-1",
        "me-south-1",
        "mx-central-1",
    }
)


def _is_own_topic(topic: Any) -> bool:
    from l2.sns import Topic

    return isinstance(topic, Topic)


def region_from_arn(topic: Any, resource: Any) -> str | None:
    """The ``Region`` property of the subscription, if the topic lives elsewhere."""
    if _is_own_topic(topic):
        if topic.stack is not resource.stack and not Token.is_unresolved(topic.env.region):
            return topic.env.region if topic.env.region != resource.env.region else None
        return None
    return Stack.of(topic).split_arn(topic.topic_arn, ArnFormat.SLASH_RESOURCE_NAME).region


def _topic_region(topic: Any, subscriber: Any) -> str | None:
    if _is_own_topic(topic):
        return None if Token.is_unresolved(topic.env.region) else topic.env.region
    if Token.is_unresolved(topic.topic_arn):
        return None
    region = Stack.of(subscriber).split_arn(topic.topic_arn, ArnFormat.SLASH_RESOURCE_NAME).region
    return region if region and not Token.is_unresolved(region) else None


def sns_service_principal(topic: Any, subscriber: Any) -> Any:
    """``sns.amazonaws.com``, or the regional principal when an opt-in region is involved."""
    from l2 import iam

    topic_region = _topic_region(topic, subscriber)
    subscriber_region = Stack.of(subscriber).region
    if (
        not topic_region
        or Token.is_unresolved(topic_region)
        or Token.is_unresolved(subscriber_region)
        or topic_region == subscriber_region
    ):
        return iam.ServicePrincipal("sns.amazonaws.com")
    if subscriber_region in OPT_IN_REGIONS:
        return iam.ServicePrincipal.from_static_service_principle_name(f"sns.{subscriber_region}.amazonaws.com")
    if topic_region in OPT_IN_REGIONS:
        return iam.ServicePrincipal.from_static_service_principle_name(f"sns.{topic_region}.amazonaws.com")
    return iam.ServicePrincipal("sns.amazonaws.com")
