"""The enums of ``aws_cdk.aws_ses``."""

from __future__ import annotations

import enum


class MailFromBehaviorOnMxFailure(enum.Enum):
    """What SES does when the custom MAIL FROM domain's MX record is missing."""

    USE_DEFAULT_VALUE = "USE_DEFAULT_VALUE"
    """Use ``amazonses.com`` as the MAIL FROM domain."""
    REJECT_MESSAGE = "REJECT_MESSAGE"
    """Reject the message (``MailFromDomainNotVerified``)."""


class EasyDkimSigningKeyLength(enum.Enum):
    """The key length of Easy DKIM signing keys."""

    RSA_1024_BIT = "RSA_1024_BIT"
    RSA_2048_BIT = "RSA_2048_BIT"


class ConfigurationSetTlsPolicy(enum.Enum):
    """Whether messages sent with a configuration set must use TLS."""

    REQUIRE = "REQUIRE"
    OPTIONAL = "OPTIONAL"


class HttpsPolicy(enum.Enum):
    """The HTTPS policy of open and click tracking links."""

    REQUIRE = "REQUIRE"
    REQUIRE_OPEN_ONLY = "REQUIRE_OPEN_ONLY"
    OPTIONAL = "OPTIONAL"


class SuppressionReasons(enum.Enum):
    """Which events add an address to the account-level suppression list."""

    BOUNCES_AND_COMPLAINTS = "BOUNCES_AND_COMPLAINTS"
    BOUNCES_ONLY = "BOUNCES_ONLY"
    COMPLAINTS_ONLY = "COMPLAINTS_ONLY"


class AutoValidationThreshold(enum.Enum):
    """The confidence threshold of the auto-validation of recipient addresses."""

    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    MANAGED = "MANAGED"


class EmailSendingEvent(enum.Enum):
    """The email sending events an event destination receives."""

    SEND = "send"
    REJECT = "reject"
    BOUNCE = "bounce"
    COMPLAINT = "complaint"
    DELIVERY = "delivery"
    OPEN = "open"
    CLICK = "click"
    RENDERING_FAILURE = "renderingFailure"
    DELIVERY_DELAY = "deliveryDelay"
    SUBSCRIPTION = "subscription"


class CloudWatchDimensionSource(enum.Enum):
    """Where the value of a CloudWatch dimension comes from."""

    EMAIL_HEADER = "emailHeader"
    LINK_TAG = "linkTag"
    MESSAGE_TAG = "messageTag"


class ReceiptFilterPolicy(enum.Enum):
    """Whether a receipt filter allows or blocks its IP range."""

    ALLOW = "Allow"
    BLOCK = "Block"


class TlsPolicy(enum.Enum):
    """Whether a receipt rule requires TLS on incoming mail."""

    OPTIONAL = "Optional"
    REQUIRE = "Require"


class ScalingMode(enum.Enum):
    """How a dedicated IP pool scales."""

    STANDARD = "STANDARD"
    MANAGED = "MANAGED"
