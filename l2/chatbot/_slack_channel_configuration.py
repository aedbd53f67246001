"""``SlackChannelConfiguration``: an AWS Chatbot Slack channel configuration, new or imported."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Arn, Construct, Duration, Fn, Lazy, Resource, Token, ValidationError
from constructs.internals import structs
from l2._private.iam_module import iam
from l2._private.metric_options import given_options as _metric_options

if TYPE_CHECKING:
    from l1.interfaces.chatbot import SlackChannelConfigurationReference
    from l2.cloudwatch import Metric, Unit
    from l2.codestarnotifications import NotificationRuleTargetConfig
    from l2.iam import IManagedPolicy, IPrincipal, IRole, PolicyStatement
    from l2.logs import LogRetentionRetryOptions, RetentionDays
    from l2.sns import ITopic

_NAMESPACE = "AWS/Chatbot"
_METRIC_REGION = "us-east-1"


class LoggingLevel(enum.Enum):
    """How much AWS Chatbot logs to CloudWatch Logs."""

    ERROR = "ERROR"
    """Only errors."""
    INFO = "INFO"
    """Errors and information."""
    NONE = "NONE"
    """Nothing."""


@structs.frozen(kw_only=True)
class SlackChannelConfigurationProps:
    """The properties of a ``SlackChannelConfiguration`` (see that class for each keyword)."""

    slack_channel_configuration_name: str
    slack_channel_id: str
    slack_workspace_id: str
    guardrail_policies: Sequence[IManagedPolicy] | None = None
    logging_level: LoggingLevel | None = None
    log_retention: RetentionDays | None = None
    log_retention_retry_options: LogRetentionRetryOptions | None = None
    log_retention_role: IRole | None = None
    notification_topics: Sequence[ITopic] | None = None
    role: IRole | None = None
    user_role_required: bool | None = None


class _SlackChannelConfigurationBase(Resource):
    """What new and imported configurations share: role policies, metrics, notification targets."""

    slack_channel_configuration_arn: str
    slack_channel_configuration_name: str
    role: IRole | None
    grant_principal: IPrincipal

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add ``statement`` to the role's policy (nothing for an imported configuration)."""
        if self.role is not None:
            self.role.add_to_principal_policy(statement)

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this configuration (namespace ``AWS/Chatbot``, region ``us-east-1``, dimension
        ``ConfigurationName``); the keywords are aws-cdk-lib's ``MetricOptions`` and override those."""
        given = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": _NAMESPACE, "region": _METRIC_REGION,
            "dimensions_map": {"ConfigurationName": self.slack_channel_configuration_name},
            "metric_name": metric_name,
        }
        options.update(given)
        return cloudwatch.Metric(**options)

    def bind_as_notification_rule_target(self, _scope: Construct) -> NotificationRuleTargetConfig:
        """This configuration as the target of a CodeStar notification rule."""
        from l2.codestarnotifications import NotificationRuleTargetConfig

        return NotificationRuleTargetConfig(target_type="AWSChatbotSlack",
                                            target_address=self.slack_channel_configuration_arn)

    @property
    def slack_channel_configuration_ref(self) -> SlackChannelConfigurationReference:
        """A reference to this configuration (its ARN)."""
        from l1.interfaces.chatbot import SlackChannelConfigurationReference

        return SlackChannelConfigurationReference(
            slack_channel_configuration_arn=self.slack_channel_configuration_arn)


class _ImportedSlackChannelConfiguration(_SlackChannelConfigurationBase):
    def __init__(self, scope: Construct, id: str, arn: str, resource_name: str) -> None:
        super().__init__(scope, id)
        self.slack_channel_configuration_arn = arn
        self.role = None
        self.grant_principal = iam().UnknownPrincipal(resource=self)
        if Token.is_unresolved(arn):
            self.slack_channel_configuration_name = Fn.select(1, Fn.split("slack-channel/", resource_name))
        else:
            self.slack_channel_configuration_name = resource_name[len("slack-channel/"):]


class SlackChannelConfiguration(_SlackChannelConfigurationBase):
    """An AWS Chatbot Slack channel configuration (``AWS::Chatbot::SlackChannelConfiguration``).

    Args:
        scope: the parent construct.
        id: the construct id.
        slack_channel_configuration_name: the name of the configuration.
        slack_channel_id: the id of the Slack channel (in the channel's URL).
        slack_workspace_id: the id of the Slack workspace authorized with AWS Chatbot.
        guardrail_policies: managed policies that cap the permissions of the channel's users (default: the
            service's default, ``AdministratorAccess``).
        logging_level: what AWS Chatbot logs to CloudWatch Logs (default: ``LoggingLevel.NONE`` in the service).
        log_retention: how long the log group ``/aws/chatbot/<name>`` keeps events, set by a ``LogRetention``
            custom resource in us-east-1 (default: forever).
        log_retention_retry_options: retries of the log retention custom resource's SDK calls.
        log_retention_role: the role of the log retention custom resource (default: a new one).
        notification_topics: SNS topics that deliver notifications to the channel.
        role: the role AWS Chatbot assumes (default: a new role for ``chatbot.amazonaws.com``).
        user_role_required: whether users must assume a channel role of their own (default: false).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-chatbot.SlackChannelConfiguration"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        slack_channel_configuration_name: str,
        slack_channel_id: str,
        slack_workspace_id: str,
        guardrail_policies: Sequence[IManagedPolicy] | None = None,
        logging_level: LoggingLevel | None = None,
        log_retention: RetentionDays | None = None,
        log_retention_retry_options: LogRetentionRetryOptions | None = None,
        log_retention_role: IRole | None = None,
        notification_topics: Sequence[ITopic] | None = None,
        role: IRole | None = None,
        user_role_required: bool | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=slack_channel_configuration_name)
        from l1.chatbot import CfnSlackChannelConfiguration

        iam_module = iam()
        self.role = role if role is not None else iam_module.Role(
            self, "ConfigurationRole", assumed_by=iam_module.ServicePrincipal("chatbot.amazonaws.com"))
        self.grant_principal = self.role
        self.notification_topics: list[ITopic] = list(notification_topics or [])
        policies = list(guardrail_policies) if guardrail_policies is not None else None
        configuration = CfnSlackChannelConfiguration(
            self, "Resource",
            configuration_name=slack_channel_configuration_name,
            iam_role_arn=self.role.role_arn,
            slack_workspace_id=slack_workspace_id,
            slack_channel_id=slack_channel_id,
            sns_topic_arns=Lazy.list(lambda: [t.topic_arn for t in self.notification_topics],
                                     display_hint="snsTopicArns", omit_empty=True),
            logging_level=logging_level.value if logging_level is not None else None,
            guardrail_policies=Lazy.list(
                lambda: [p.managed_policy_arn for p in policies] if policies is not None else None,
                omit_empty=True),
            user_role_required=user_role_required,
        )
        if log_retention is not None:
            from l2 import logs

            logs.LogRetention(self, "LogRetention", log_group_name=f"/aws/chatbot/{slack_channel_configuration_name}",
                              retention=log_retention, role=log_retention_role, log_group_region=_METRIC_REGION,
                              log_retention_retry_options=log_retention_retry_options)
        self.slack_channel_configuration_arn: str = configuration.ref
        self.slack_channel_configuration_name: str = slack_channel_configuration_name

    def add_notification_topic(self, notification_topic: ITopic) -> None:
        """Deliver the notifications of ``notification_topic`` to the channel too."""
        self.notification_topics.append(notification_topic)

    @staticmethod
    def from_slack_channel_configuration_arn(scope: Construct, id: str,
                                             slack_channel_configuration_arn: str) -> ISlackChannelConfiguration:
        """Import the configuration of ARN ``arn:<partition>:chatbot:<region>:<account>:chat-configuration/
        slack-channel/<name>``."""
        resource_name = Arn.extract_resource_name(slack_channel_configuration_arn, "chat-configuration")
        if not Token.is_unresolved(slack_channel_configuration_arn) and not re.match(r"^slack-channel/",
                                                                                      resource_name):
            raise ValidationError(
                "The ARN of a Slack integration must be in the form: "
                "arn:<partition>:chatbot:<region>:<account>:chat-configuration/slack-channel/<slackChannelName>",
                scope)
        return _ImportedSlackChannelConfiguration(scope, id, slack_channel_configuration_arn, resource_name)

    @staticmethod
    def metric_all(
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of all configurations (namespace ``AWS/Chatbot``, region ``us-east-1``)."""
        given = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": _NAMESPACE, "region": _METRIC_REGION, "metric_name": metric_name}
        options.update(given)
        return cloudwatch.Metric(**options)


if TYPE_CHECKING:
    from l2.chatbot._interfaces import ISlackChannelConfiguration
