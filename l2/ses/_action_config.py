"""What a receipt rule action renders (``IReceiptRuleAction.bind`` returns a ``ReceiptRuleActionConfig``)."""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class AddHeaderActionConfig:
    """An add-header action: ``header_name`` and ``header_value``."""

    header_name: str
    header_value: str


@structs.frozen(kw_only=True)
class BounceActionConfig:
    """A bounce action: the bounce ``message``, ``sender``, SMTP reply and status codes, and a topic."""

    message: str
    sender: str
    smtp_reply_code: str
    status_code: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class LambdaActionConfig:
    """A Lambda action: the function, the invocation type and a topic."""

    function_arn: str
    invocation_type: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class S3ActionConfig:
    """An S3 action: the bucket, a KMS key, an object key prefix and a topic."""

    bucket_name: str
    kms_key_arn: str | None = None
    object_key_prefix: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class SNSActionConfig:
    """An SNS action: the topic and the encoding of the message."""

    encoding: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class StopActionConfig:
    """A stop action: its scope (``RuleSet``) and a topic."""

    scope: str
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class WorkmailActionConfig:
    """A WorkMail action: the organization and a topic."""

    organization_arn: str
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class ReceiptRuleActionConfig:
    """One action of a receipt rule: exactly one of the fields is set."""

    add_header_action: AddHeaderActionConfig | None = None
    bounce_action: BounceActionConfig | None = None
    lambda_action: LambdaActionConfig | None = None
    s3_action: S3ActionConfig | None = None
    sns_action: SNSActionConfig | None = None
    stop_action: StopActionConfig | None = None
    workmail_action: WorkmailActionConfig | None = None
