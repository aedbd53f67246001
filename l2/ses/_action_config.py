"""What a receipt rule action renders (``IReceiptRuleAction.bind`` returns a ``ReceiptRuleActionConfig``)."""

from __future__ import annotations

from constructs.internals import structs


@structs.frozen(kw_only=True)
class AddHeaderActionConfig:
    """An add-header action: ``header_name`` and ``header_value``.

    Args:
        header_name: the name of the header added to the incoming message.
        header_value: the content of that header.
    """

    header_name: str
    header_value: str


@structs.frozen(kw_only=True)
class BounceActionConfig:
    """A bounce action: the bounce ``message``, ``sender``, SMTP reply and status codes, and a topic.

    Args:
        message: readable text put in the bounce message.
        sender: the address the bounce message is sent from.
        smtp_reply_code: the SMTP reply code (RFC 5321).
        status_code: the SMTP enhanced status code (RFC 3463; default none).
        topic_arn: an SNS topic ARN notified when the action runs (default none).
    """

    message: str
    sender: str
    smtp_reply_code: str
    status_code: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class LambdaActionConfig:
    """A Lambda action: the function, the invocation type and a topic.

    Args:
        function_arn: the ARN of the Lambda function called.
        invocation_type: how the function is invoked (default ``Event``).
        topic_arn: an SNS topic ARN notified when the action runs (default none).
    """

    function_arn: str
    invocation_type: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class S3ActionConfig:
    """An S3 action: the bucket, a KMS key, an object key prefix and a topic.

    Args:
        bucket_name: the name of the bucket incoming mail is saved to.
        kms_key_arn: the KMS key SES encrypts the mail with before saving it (default no encryption).
        object_key_prefix: the prefix of the saved objects' keys (default none).
        topic_arn: an SNS topic ARN notified when the action runs (default none).
    """

    bucket_name: str
    kms_key_arn: str | None = None
    object_key_prefix: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class SNSActionConfig:
    """An SNS action: the topic and the encoding of the message.

    Args:
        encoding: the encoding of the mail in the SNS notification (default ``UTF-8``).
        topic_arn: the ARN of the SNS topic the mail is published to.
    """

    encoding: str | None = None
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class StopActionConfig:
    """A stop action: its scope (``RuleSet``) and a topic.

    Args:
        topic_arn: an SNS topic ARN notified when the action runs (default none).
    """

    scope: str
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class WorkmailActionConfig:
    """A WorkMail action: the organization and a topic.

    Args:
        organization_arn: the ARN of the Amazon WorkMail organization.
        topic_arn: an SNS topic ARN notified when the action runs (default none).
    """

    organization_arn: str
    topic_arn: str | None = None


@structs.frozen(kw_only=True)
class ReceiptRuleActionConfig:
    """One action of a receipt rule: exactly one of the fields is set.

    Args:
        add_header_action: add a header to the received mail.
        bounce_action: reject the mail with a bounce to the sender, optionally notifying SNS.
        lambda_action: call a Lambda function, optionally notifying SNS.
        s3_action: save the mail to an S3 bucket, optionally notifying SNS.
        sns_action: publish the mail's content in an SNS notification.
        stop_action: end the evaluation of the rule set, optionally notifying SNS.
        workmail_action: hand the mail to Amazon WorkMail, optionally notifying SNS.
    """

    add_header_action: AddHeaderActionConfig | None = None
    bounce_action: BounceActionConfig | None = None
    lambda_action: LambdaActionConfig | None = None
    s3_action: S3ActionConfig | None = None
    sns_action: SNSActionConfig | None = None
    stop_action: StopActionConfig | None = None
    workmail_action: WorkmailActionConfig | None = None
