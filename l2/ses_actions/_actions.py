"""The receipt rule actions: ``AddHeader``, ``Bounce``, ``Lambda``, ``S3``, ``Sns``, ``Stop``, ``WorkMail``."""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING

from constructs import Annotations, Aws, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.kms import IKey
    from l2.lambda_ import IFunction
    from l2.s3 import IBucket
    from l2.ses import IReceiptRule
    from l2.ses._action_config import (
        ReceiptRuleActionConfig,
    )
    from l2.sns import ITopic


class LambdaInvocationType(enum.Enum):
    """How SES invokes a Lambda action's function."""

    EVENT = "Event"
    """Asynchronously."""
    REQUEST_RESPONSE = "RequestResponse"
    """Synchronously: the function's result can stop the rule set."""


class EmailEncoding(enum.Enum):
    """The encoding of the message an SNS action publishes."""

    BASE64 = "Base64"
    UTF8 = "UTF-8"


@structs.frozen(kw_only=True)
class AddHeaderProps:
    """The header an ``AddHeader`` action adds: ``name`` and ``value``.

    Args:
        name: the header's name (1 to 50 letters, digits or dashes).
        value: the header's value (under 2048 characters, no line breaks).
    """

    name: str
    value: str


class AddHeader:
    """Add a header to the received message.

    Args:
        name: the header's name (1 to 50 letters, digits and dashes).
        value: its value (under 2048 characters, no newline).
    """

    def __init__(self, *, name: str, value: str) -> None:
        if not re.fullmatch(r"[a-zA-Z0-9-]{1,50}", name):
            raise UnscopedValidationError(
                "Header `name` must be between 1 and 50 characters, inclusive, and consist of alphanumeric (a-z, "
                "A-Z, 0-9) characters and dashes only."
            )
        if not re.fullmatch(r"[^\n\r]{0,2047}", value):
            raise UnscopedValidationError(
                'Header `value` must be less than 2048 characters, and must not contain newline characters ("\r" '
                'or "\n").'
            )
        self._name = name
        self._value = value

    def bind(self, _rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The add-header action."""
        from l2.ses import _action_config as config

        return config.ReceiptRuleActionConfig(
            add_header_action=config.AddHeaderActionConfig(header_name=self._name, header_value=self._value)
        )


@structs.frozen(kw_only=True)
class BounceTemplateProps:
    """A bounce: the ``message``, the SMTP reply code and the SMTP status code.

    Args:
        message: readable text put in the bounce message.
        smtp_reply_code: the SMTP reply code (RFC 5321).
        status_code: the SMTP enhanced status code (RFC 3463; default none).
    """

    message: str
    smtp_reply_code: str
    status_code: str | None = None


class BounceTemplate:
    """The message, SMTP reply code and status code of a bounce (presets ``MAILBOX_DOES_NOT_EXIST`` ...).

    Args:
        message: the human-readable message.
        smtp_reply_code: the SMTP reply code (RFC 5321).
        status_code: the SMTP enhanced status code (RFC 3463).
    """

    def __init__(self, *, message: str, smtp_reply_code: str, status_code: str | None = None) -> None:
        self.props: BounceTemplateProps = BounceTemplateProps(
            message=message, smtp_reply_code=smtp_reply_code, status_code=status_code
        )
        """The template's fields."""

    MAILBOX_DOES_NOT_EXIST: BounceTemplate
    MESSAGE_TOO_LARGE: BounceTemplate
    MAILBOX_FULL: BounceTemplate
    MESSAGE_CONTENT_REJECTED: BounceTemplate
    TEMPORARY_FAILURE: BounceTemplate


BounceTemplate.MAILBOX_DOES_NOT_EXIST = BounceTemplate(
    message="Mailbox does not exist", smtp_reply_code="550", status_code="5.1.1"
)
BounceTemplate.MESSAGE_TOO_LARGE = BounceTemplate(message="Message too large", smtp_reply_code="552", status_code="5.3.4")
BounceTemplate.MAILBOX_FULL = BounceTemplate(message="Mailbox full", smtp_reply_code="552", status_code="5.2.2")
BounceTemplate.MESSAGE_CONTENT_REJECTED = BounceTemplate(
    message="Message content rejected", smtp_reply_code="500", status_code="5.6.1"
)
BounceTemplate.TEMPORARY_FAILURE = BounceTemplate(message="Temporary failure", smtp_reply_code="450", status_code="4.0.0")


@structs.frozen(kw_only=True)
class BounceProps:
    """A ``Bounce`` action's ``sender``, ``template`` and notification ``topic``.

    Args:
        sender: the address the bounce message is sent from.
        template: the bounce's message, reply code and status code.
        topic: the SNS topic notified when the action runs (default none).
    """

    sender: str
    template: BounceTemplate
    topic: ITopic | None = None


class Bounce:
    """Reject the message with a bounce to the sender.

    Args:
        sender: the address the bounce comes from.
        template: the bounce (``BounceTemplate.MAILBOX_DOES_NOT_EXIST`` ...).
        topic: an SNS topic notified when the bounce is sent.
    """

    def __init__(self, *, sender: str, template: BounceTemplate, topic: ITopic | None = None) -> None:
        self._props = BounceProps(sender=sender, template=template, topic=topic)

    def bind(self, _rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The bounce action."""
        from l2.ses import _action_config as config

        template = self._props.template.props
        topic = self._props.topic
        return config.ReceiptRuleActionConfig(
            bounce_action=config.BounceActionConfig(
                sender=self._props.sender,
                smtp_reply_code=template.smtp_reply_code,
                message=template.message,
                topic_arn=topic.topic_arn if topic is not None else None,
                status_code=template.status_code,
            )
        )


@structs.frozen(kw_only=True)
class LambdaProps:
    """A ``Lambda`` action's ``function``, ``invocation_type`` and notification ``topic``.

    Args:
        function: the Lambda function called.
        invocation_type: how the function is invoked (default ``EVENT``).
        topic: the SNS topic notified when the action runs (default none).
    """

    function: IFunction
    invocation_type: LambdaInvocationType | None = None
    topic: ITopic | None = None


class Lambda:
    """Invoke a Lambda function (SES is allowed to invoke it).

    Args:
        function: the function.
        invocation_type: ``EVENT`` (default SES's) or ``REQUEST_RESPONSE``.
        topic: an SNS topic notified when the action runs.
    """

    def __init__(
        self,
        *,
        function: IFunction,
        invocation_type: LambdaInvocationType | None = None,
        topic: ITopic | None = None,
    ) -> None:
        self._props = LambdaProps(function=function, invocation_type=invocation_type, topic=topic)

    def bind(self, rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The Lambda action; allows SES to invoke the function and makes the rule depend on the permission."""
        from l2 import iam
        from l2.ses import _action_config as config

        fn = self._props.function
        permission_id = "AllowSes"
        if fn.permissions_node.try_find_child(permission_id) is None:
            fn.add_permission(
                permission_id,
                action="lambda:InvokeFunction",
                principal=iam.ServicePrincipal("ses.amazonaws.com"),
                source_account=Aws.ACCOUNT_ID,
            )
        permission = fn.permissions_node.try_find_child(permission_id)
        if permission is not None:
            rule.node.add_dependency(permission)  # type: ignore[attr-defined]
        else:
            Annotations.of(rule).add_warning_v2(  # type: ignore[arg-type]
                "@aws-cdk/aws-ses-actions:lambdaAddInvokePermissions",
                "This rule is using a Lambda action with an imported function. Ensure permission is given to SES "
                "to invoke that function.",
            )
        topic = self._props.topic
        invocation = self._props.invocation_type
        return config.ReceiptRuleActionConfig(
            lambda_action=config.LambdaActionConfig(
                function_arn=fn.function_arn,
                invocation_type=invocation.value if invocation is not None else None,
                topic_arn=topic.topic_arn if topic is not None else None,
            )
        )


@structs.frozen(kw_only=True)
class S3Props:
    """An ``S3`` action's ``bucket``, ``kms_key``, ``object_key_prefix`` and notification ``topic``.

    Args:
        bucket: the bucket incoming mail is saved to.
        kms_key: the KMS key SES encrypts the mail with before saving it (default no encryption).
        object_key_prefix: the prefix of the saved objects' keys (default none).
        topic: the SNS topic notified when the action runs (default none).
    """

    bucket: IBucket
    kms_key: IKey | None = None
    object_key_prefix: str | None = None
    topic: ITopic | None = None


class S3:
    """Save the message to an S3 bucket (SES is allowed to write to it).

    Args:
        bucket: the bucket.
        kms_key: a KMS key that encrypts the message (SES is allowed to use it, unless it is ``alias/aws/ses``).
        object_key_prefix: the prefix of the object keys.
        topic: an SNS topic notified when the message is saved.
    """

    def __init__(
        self,
        *,
        bucket: IBucket,
        kms_key: IKey | None = None,
        object_key_prefix: str | None = None,
        topic: ITopic | None = None,
    ) -> None:
        self._props = S3Props(bucket=bucket, kms_key=kms_key, object_key_prefix=object_key_prefix, topic=topic)

    def bind(self, rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The S3 action; adds the bucket (and key) policy statements SES needs."""
        from l2 import iam
        from l2.ses import _action_config as config

        props = self._props
        key_pattern = props.object_key_prefix or ""
        props.bucket.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["s3:PutObject"],
                principals=[iam.ServicePrincipal("ses.amazonaws.com")],
                resources=[props.bucket.arn_for_objects(f"{key_pattern}*")],
                conditions={"StringEquals": {"aws:SourceAccount": Aws.ACCOUNT_ID}},
            )
        )
        policy = props.bucket.node.try_find_child("Policy")  # type: ignore[attr-defined]
        if policy is not None:
            rule.node.add_dependency(policy)  # type: ignore[attr-defined]
        else:
            Annotations.of(rule).add_warning_v2(  # type: ignore[arg-type]
                "@aws-cdk/s3:AddBucketPermissions",
                "This rule is using a S3 action with an imported bucket. Ensure permission is given to SES to write "
                "to that bucket.",
            )
        if props.kms_key is not None and not re.search(r"alias/aws/ses$", props.kms_key.key_arn):
            props.kms_key.add_to_resource_policy(
                iam.PolicyStatement(
                    actions=["kms:Encrypt", "kms:GenerateDataKey"],
                    principals=[iam.ServicePrincipal("ses.amazonaws.com")],
                    resources=["*"],
                    conditions={
                        "Null": {
                            "kms:EncryptionContext:aws:ses:rule-name": "false",
                            "kms:EncryptionContext:aws:ses:message-id": "false",
                        },
                        "StringEquals": {"kms:EncryptionContext:aws:ses:source-account": Aws.ACCOUNT_ID},
                    },
                )
            )
        return config.ReceiptRuleActionConfig(
            s3_action=config.S3ActionConfig(
                bucket_name=props.bucket.bucket_name,
                kms_key_arn=props.kms_key.key_arn if props.kms_key is not None else None,
                object_key_prefix=props.object_key_prefix,
                topic_arn=props.topic.topic_arn if props.topic is not None else None,
            )
        )


@structs.frozen(kw_only=True)
class SnsProps:
    """An ``Sns`` action's ``topic`` and ``encoding``.

    Args:
        topic: the SNS topic the mail is published to.
        encoding: the encoding of the mail in the notification (default ``UTF-8``).
    """

    topic: ITopic
    encoding: EmailEncoding | None = None


class Sns:
    """Publish the message to an SNS topic.

    Args:
        topic: the topic.
        encoding: the message's encoding (default SES's: UTF-8).
    """

    def __init__(self, *, topic: ITopic, encoding: EmailEncoding | None = None) -> None:
        self._props = SnsProps(topic=topic, encoding=encoding)

    def bind(self, _rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The SNS action."""
        from l2.ses import _action_config as config

        encoding = self._props.encoding
        return config.ReceiptRuleActionConfig(
            sns_action=config.SNSActionConfig(
                encoding=encoding.value if encoding is not None else None, topic_arn=self._props.topic.topic_arn
            )
        )


@structs.frozen(kw_only=True)
class StopProps:
    """A ``Stop`` action's notification ``topic``.

    Args:
        topic: the SNS topic notified when the action runs (default none).
    """

    topic: ITopic | None = None


class Stop:
    """Stop the rule set (no later rule runs).

    Args:
        topic: an SNS topic notified when the action runs.
    """

    def __init__(self, *, topic: ITopic | None = None) -> None:
        self._props = StopProps(topic=topic)

    def bind(self, _rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The stop action."""
        from l2.ses import _action_config as config

        topic = self._props.topic
        return config.ReceiptRuleActionConfig(
            stop_action=config.StopActionConfig(scope="RuleSet", topic_arn=topic.topic_arn if topic is not None else None)
        )


@structs.frozen(kw_only=True)
class WorkMailProps:
    """A ``WorkMail`` action's ``organization_arn`` and notification ``topic``.

    Args:
        organization_arn: the ARN of the Amazon WorkMail organization
            (``arn:aws:workmail:region:account_ID:organization/organization_ID``).
        topic: the SNS topic notified when the action runs (default none).
    """

    organization_arn: str
    topic: ITopic | None = None


class WorkMail:
    """Deliver the message to an Amazon WorkMail organization.

    Args:
        organization_arn: the ARN of the WorkMail organization.
        topic: an SNS topic notified when the action runs.
    """

    def __init__(self, *, organization_arn: str, topic: ITopic | None = None) -> None:
        self._props = WorkMailProps(organization_arn=organization_arn, topic=topic)

    def bind(self, _rule: IReceiptRule) -> ReceiptRuleActionConfig:
        """The WorkMail action."""
        from l2.ses import _action_config as config

        topic = self._props.topic
        return config.ReceiptRuleActionConfig(
            workmail_action=config.WorkmailActionConfig(
                organization_arn=self._props.organization_arn, topic_arn=topic.topic_arn if topic is not None else None
            )
        )
