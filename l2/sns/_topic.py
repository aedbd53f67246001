"""``Topic``: an SNS topic, and importing existing ones."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Lazy, Names, Stack, Token, ValidationError
from constructs.internals import analytics_call, structs
from l1.sns import CfnTopic
from l2.sns._topic_base import TopicBase

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey


class LoggingProtocol(enum.Enum):
    """Endpoint protocols whose delivery status can be logged."""

    HTTP = "http/s"
    SQS = "sqs"
    LAMBDA = "lambda"
    FIREHOSE = "firehose"
    APPLICATION = "application"


class FifoThroughputScope(enum.Enum):
    """Whether FIFO throughput applies per topic or per message group."""

    TOPIC = "Topic"
    MESSAGE_GROUP = "MessageGroup"


class TracingConfig(enum.Enum):
    """AWS X-Ray tracing of the topic."""

    PASS_THROUGH = "PassThrough"
    ACTIVE = "Active"


@structs.frozen(kw_only=True)
class LoggingConfig:
    """Delivery status logging for one protocol.

    Args:
        protocol: the delivery protocol logged (HTTP, SQS, Lambda, Firehose, application).
        success_feedback_role / failure_feedback_role: the roles SNS writes successful / failed deliveries'
            logs to CloudWatch Logs with.
        success_feedback_sample_rate: the percentage of successful deliveries logged (0 to 100).
    """

    protocol: LoggingProtocol
    failure_feedback_role: IRole | None = None
    success_feedback_role: IRole | None = None
    success_feedback_sample_rate: int | float | None = None


@structs.frozen(kw_only=True)
class TopicAttributes:
    """The attributes of an existing topic (``Topic.from_topic_attributes``).

    Args:
        topic_arn: the topic's ARN.
        content_based_deduplication: FIFO topics only (default ``False``).
        key_arn: the KMS key encrypting the topic, if any.
    """

    topic_arn: str
    content_based_deduplication: bool | None = None
    key_arn: str | None = None


@structs.frozen(kw_only=True)
class TopicProps:
    """The properties of a ``Topic`` (see ``Topic`` for each keyword)."""

    content_based_deduplication: bool | None = None
    display_name: str | None = None
    enforce_ssl: bool | None = None
    fifo: bool | None = None
    fifo_throughput_scope: FifoThroughputScope | None = None
    logging_configs: Sequence[LoggingConfig] | None = None
    master_key: IKey | None = None
    message_retention_period_in_days: int | float | None = None
    signature_version: str | None = None
    topic_name: str | None = None
    tracing_config: TracingConfig | None = None


class _ImportedTopic(TopicBase):
    _auto_create_policy = False

    def __init__(
        self, scope: Construct, id: str, topic_arn: str, topic_name: str, key_arn: str | None, dedup: bool | None
    ) -> None:
        super().__init__(scope, id, environment_from_arn=topic_arn)
        self.topic_arn = topic_arn
        self.topic_name = topic_name
        self.master_key = None
        if key_arn:
            from l2 import kms

            self.master_key = kms.Key.from_key_arn(self, "Key", key_arn)
        self.fifo = topic_name.endswith(".fifo")
        self.content_based_deduplication = bool(dedup)


class Topic(TopicBase):
    """An SNS topic (``AWS::SNS::Topic``); it has no removal policy by default.

    Args:
        topic_name: a physical name (default generated; FIFO topics get ``.fifo`` appended).
        display_name: the name shown in SMS and e-mail messages (at most 100 characters).
        fifo: a FIFO topic.
        content_based_deduplication: FIFO only.
        message_retention_period_in_days: FIFO archive policy, 1 to 365 days.
        fifo_throughput_scope: FIFO only.
        master_key: a KMS key encrypting messages at rest.
        enforce_ssl: deny publishing without TLS.
        signature_version: ``"1"`` or ``"2"``.
        tracing_config: X-Ray tracing.
        logging_configs: delivery status logging.
    """

    _auto_create_policy = True
    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-sns.Topic"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        content_based_deduplication: bool | None = None,
        display_name: str | None = None,
        enforce_ssl: bool | None = None,
        fifo: bool | None = None,
        fifo_throughput_scope: FifoThroughputScope | None = None,
        logging_configs: Sequence[LoggingConfig] | None = None,
        master_key: IKey | None = None,
        message_retention_period_in_days: int | float | None = None,
        signature_version: str | None = None,
        topic_name: str | None = None,
        tracing_config: TracingConfig | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=topic_name)
        self.enforce_ssl = enforce_ssl
        if content_based_deduplication and not fifo:
            raise ValidationError("Content based deduplication can only be enabled for FIFO SNS topics.", self)
        if message_retention_period_in_days and not fifo:
            raise ValidationError("`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.", self)
        if fifo_throughput_scope and not fifo:
            raise ValidationError("`fifoThroughputScope` can only be set for FIFO SNS topics.", self)
        days = message_retention_period_in_days
        if days is not None and not Token.is_unresolved(days) and (int(days) != days or days > 365 or days < 1):
            raise ValidationError("`messageRetentionPeriodInDays` must be an integer between 1 and 365", self)
        self._logging_configs: list[LoggingConfig] = list(logging_configs or [])
        for config in self._logging_configs:  # aws-cdk-lib calls addLoggingConfig(c) for each
            analytics_call(self, "addLoggingConfig", [config])

        if fifo and topic_name and not topic_name.endswith(".fifo"):
            cfn_topic_name: str | None = f"{self.physical_name}.fifo"
        elif fifo and not topic_name:
            cfn_topic_name = f"{Names.unique_resource_name(self, max_length=251, separator='-')}.fifo"
        else:
            cfn_topic_name = self.physical_name if topic_name is not None else None
        if signature_version and not Token.is_unresolved(signature_version) and signature_version not in ("1", "2"):
            raise ValidationError(f'signatureVersion must be "1" or "2", received: "{signature_version}"', self)
        if display_name and not Token.is_unresolved(display_name) and len(display_name) > 100:
            raise ValidationError(
                f"displayName must be less than or equal to 100 characters, got {len(display_name)}", self
            )
        self._resource = CfnTopic(
            self,
            "Resource",
            archive_policy={"MessageRetentionPeriod": days} if days else None,
            display_name=display_name,
            topic_name=cfn_topic_name,
            kms_master_key_id=master_key.key_arn if master_key is not None else None,
            content_based_deduplication=content_based_deduplication,
            fifo_topic=fifo,
            signature_version=signature_version,
            tracing_config=tracing_config.value if tracing_config else None,
            fifo_throughput_scope=fifo_throughput_scope.value if fifo_throughput_scope else None,
        )
        # Rendered at synthesis so that configs added later with ``add_logging_config`` are included.
        self._resource.delivery_status_logging = Lazy.any(self._render_logging_configs)
        self.master_key = master_key
        self.fifo: bool = bool(fifo)
        self.content_based_deduplication: bool = bool(content_based_deduplication)
        if enforce_ssl:
            self._add_ssl_policy()

    @property
    def topic_arn(self) -> str:  # type: ignore[override]
        """The ARN of the topic (its ``Ref``); one token for the topic's life, as aws-cdk-lib makes it once (so
        statements naming it compare equal when policies are minimized)."""
        arn = self.__dict__.get("_topic_arn_token")
        if arn is None:
            arn = self.get_resource_arn_attribute(
                self._resource.ref, {"service": "sns", "resource": self.physical_name}
            )
            self.__dict__["_topic_arn_token"] = arn
        return arn

    @property
    def topic_name(self) -> str:  # type: ignore[override]
        """The name of the topic."""
        return self.get_resource_name_attribute(self._resource.attr_topic_name)

    def _render_logging_configs(self) -> list[Any] | None:
        if not self._logging_configs:
            return None
        rendered = []
        for spec in self._logging_configs:
            rate = spec.success_feedback_sample_rate
            if rate is not None and (int(rate) != rate or rate < 0 or rate > 100):
                raise ValidationError("Success feedback sample rate must be an integer between 0 and 100", self)
            rendered.append(
                CfnTopic.LoggingConfigProperty(
                    protocol=spec.protocol.value,
                    failure_feedback_role_arn=spec.failure_feedback_role.role_arn if spec.failure_feedback_role else None,
                    success_feedback_role_arn=spec.success_feedback_role.role_arn if spec.success_feedback_role else None,
                    success_feedback_sample_rate=str(rate) if rate is not None else None,
                )
            )
        return rendered

    def add_logging_config(
        self,
        *,
        protocol: LoggingProtocol,
        failure_feedback_role: IRole | None = None,
        success_feedback_role: IRole | None = None,
        success_feedback_sample_rate: int | float | None = None,
    ) -> None:
        """Log delivery status for one more protocol (the keywords of ``LoggingConfig``)."""
        self._logging_configs.append(
            LoggingConfig(
                protocol=protocol,
                failure_feedback_role=failure_feedback_role,
                success_feedback_role=success_feedback_role,
                success_feedback_sample_rate=success_feedback_sample_rate,
            )
        )

    @staticmethod
    def from_topic_arn(scope: Construct, id: str, topic_arn: str) -> TopicBase:
        """Import a topic by ARN."""
        return Topic.from_topic_attributes(scope, id, topic_arn=topic_arn)

    @staticmethod
    def from_topic_attributes(
        scope: Construct,
        id: str,
        *,
        topic_arn: str,
        content_based_deduplication: bool | None = None,
        key_arn: str | None = None,
    ) -> TopicBase:
        """Import a topic from its ARN (and key, for encrypted topics)."""
        topic_name = Stack.of(scope).split_arn(topic_arn, ArnFormat.NO_RESOURCE_NAME).resource
        if content_based_deduplication and not topic_name.endswith(".fifo"):
            raise ValidationError(
                "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics.", scope
            )
        return _ImportedTopic(scope, id, topic_arn, topic_name, key_arn, content_based_deduplication)
