"""``l2.chatbot``: imports, validation, metrics (expected values from aws-cdk-lib 2.275)."""

from __future__ import annotations

import pytest

from constructs import Stack, ValidationError
from l2 import chatbot, iam


def test_import_rejects_an_arn_that_is_not_a_slack_channel(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"The ARN of a Slack integration must be in the form: "
                       r"arn:<partition>:chatbot:<region>:<account>:chat-configuration/slack-channel/"
                       r"<slackChannelName>") as info:
        chatbot.SlackChannelConfiguration.from_slack_channel_configuration_arn(
            stack, "Bad", "arn:aws:chatbot::123456789012:chat-configuration/chime-webhook/x")
    assert str(info.value).endswith("at path [S]")


def test_imported_configuration(stack: Stack) -> None:
    imported = chatbot.SlackChannelConfiguration.from_slack_channel_configuration_arn(
        stack, "Imported", "arn:aws:chatbot::123456789012:chat-configuration/slack-channel/my-channel")
    assert isinstance(imported, chatbot.ISlackChannelConfiguration)
    assert imported.slack_channel_configuration_name == "my-channel"
    assert imported.role is None
    assert isinstance(imported.grant_principal, iam.UnknownPrincipal)
    imported.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))  # no role: no-op


def test_metric_defaults(stack: Stack) -> None:
    channel = chatbot.SlackChannelConfiguration(stack, "C", slack_channel_configuration_name="c",
                                                slack_channel_id="C1", slack_workspace_id="W1")
    metric = channel.metric("EventsThrottled")
    assert (metric.namespace, metric.region, dict(metric.dimensions or {})) == (
        "AWS/Chatbot", "us-east-1", {"ConfigurationName": "c"})
    assert chatbot.SlackChannelConfiguration.metric_all("X").dimensions in (None, {})


def test_logging_level_must_be_the_enum(stack: Stack) -> None:
    with pytest.raises(TypeError, match="logging_level"):
        chatbot.SlackChannelConfiguration(stack, "C", slack_channel_configuration_name="c", slack_channel_id="C1",
                                          slack_workspace_id="W1", logging_level="INFO")  # type: ignore[arg-type]
