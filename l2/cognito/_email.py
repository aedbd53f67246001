"""``UserPoolEmail``: whether Cognito or SES sends a user pool's email, and from which address."""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

from constructs import Stack, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Construct

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SEPARATORS = re.compile("[\x2e\u3002\uff0e\uff61]")
_PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]+$")
_SIMPLE_PHRASE = re.compile(r"^[\w !#$%&'*+,\-./=?^_`{|}~]+$", re.ASCII)
_QUOTED = re.compile(r'^"(?:[^\\"]|\\.)*"$', re.DOTALL)


@structs.frozen(kw_only=True)
class UserPoolEmailConfig:
    """The email configuration a ``UserPoolEmail`` renders (the pool's ``EmailConfiguration``).

    Args:
        configuration_set: the SES configuration set.
        email_sending_account: ``COGNITO_DEFAULT`` or ``DEVELOPER``.
        from_: the sender address.
        reply_to_email_address: the reply-to address.
        source_arn: the ARN of the SES identity.
    """

    configuration_set: str | None = None
    email_sending_account: str | None = None
    from_: str | None = None
    reply_to_email_address: str | None = None
    source_arn: str | None = None


@structs.frozen(kw_only=True)
class UserPoolSESOptions:
    """How SES sends a user pool's email.

    Args:
        from_email: the verified sender address.
        configuration_set_name: the SES configuration set (default none).
        from_name: a sender name shown with the address (default none).
        reply_to: the reply-to address (default none).
        ses_region: the SES region (default the stack's; required in an environment-agnostic stack).
        ses_verified_domain: the verified SES domain ``from_email`` belongs to (default the address is the
            verified identity).
    """

    from_email: str
    configuration_set_name: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    ses_region: str | None = None
    ses_verified_domain: str | None = None


class UserPoolEmail:
    """Who sends a user pool's email: ``with_cognito`` or ``with_ses``."""

    @staticmethod
    def with_cognito(reply_to: str | None = None) -> UserPoolEmail:
        """Cognito's own email (low sending limits), with an optional reply-to address."""
        return _CognitoEmail(reply_to)

    @staticmethod
    def with_ses(
        *,
        from_email: str,
        configuration_set_name: str | None = None,
        from_name: str | None = None,
        reply_to: str | None = None,
        ses_region: str | None = None,
        ses_verified_domain: str | None = None,
    ) -> UserPoolEmail:
        """Amazon SES (see ``UserPoolSESOptions`` for the keywords)."""
        return _SesEmail(
            UserPoolSESOptions(
                from_email=from_email,
                configuration_set_name=configuration_set_name,
                from_name=from_name,
                reply_to=reply_to,
                ses_region=ses_region,
                ses_verified_domain=ses_verified_domain,
            )
        )

    def _bind(self, scope: Construct) -> UserPoolEmailConfig:
        raise NotImplementedError


class _CognitoEmail(UserPoolEmail):
    def __init__(self, reply_to: str | None) -> None:
        self._reply_to = reply_to

    def _bind(self, scope: Construct) -> UserPoolEmailConfig:
        return UserPoolEmailConfig(
            reply_to_email_address=_encode_and_test(self._reply_to), email_sending_account="COGNITO_DEFAULT"
        )


class _SesEmail(UserPoolEmail):
    def __init__(self, options: UserPoolSESOptions) -> None:
        self._options = options

    def _bind(self, scope: Construct) -> UserPoolEmailConfig:
        options = self._options
        stack = Stack.of(scope)
        region = stack.region
        if Token.is_unresolved(region) and not options.ses_region:
            raise ValidationError(
                'Your stack region cannot be determined so "sesRegion" is required in SESOptions', scope
            )
        sender = _encode_and_test(options.from_email)
        if options.from_name:
            sender = f"{_format_from_name(options.from_name)} <{sender}>"
        if options.ses_verified_domain and options.from_email.split("@")[-1] != options.ses_verified_domain:
            raise ValidationError(
                '"fromEmail" contains a different domain than the "sesVerifiedDomain"', scope
            )
        return UserPoolEmailConfig(
            from_=sender,
            reply_to_email_address=_encode_and_test(options.reply_to),
            configuration_set=options.configuration_set_name,
            email_sending_account="DEVELOPER",
            source_arn=stack.format_arn(
                service="ses",
                resource="identity",
                resource_name=_encode_and_test(options.ses_verified_domain or options.from_email),
                region=options.ses_region or region,
            ),
        )


def to_ascii(value: str) -> str:
    """An address with its domain punycoded (as the ``punycode`` package's ``toASCII``; the local part is kept)."""
    parts = value.split("@")
    prefix = ""
    domain = value
    if len(parts) > 1:
        prefix = parts[0] + "@"
        domain = parts[1]
    labels = _SEPARATORS.sub(".", domain).split(".")
    encoded = [
        "xn--" + label.encode("punycode").decode("ascii") if _NON_ASCII.search(label) else label
        for label in labels
    ]
    return prefix + ".".join(encoded)


def encode_puny(value: str | None) -> str | None:
    """``to_ascii`` of a value that may be absent."""
    return to_ascii(value) if value is not None else None


def _encode_and_test(value: str | None) -> str | None:
    if not value:
        return None
    local = value.split("@")[0]
    if not re.search(r"[\x00-\x7f]", local):
        raise UnscopedValidationError("the local part of the email address must use ASCII characters only")
    return to_ascii(value)


def _format_from_name(name: str) -> str:
    if not _PRINTABLE_ASCII.match(name):
        return "=?UTF-8?B?" + base64.b64encode(name.encode("utf-8")).decode("ascii") + "?="
    if _SIMPLE_PHRASE.match(name) or _QUOTED.match(name):
        return name
    return '"' + re.sub(r'[\\"]', lambda m: "\\" + m.group(0), name) + '"'
