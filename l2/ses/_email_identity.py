"""``EmailIdentity``: a verified domain or address, with Easy DKIM / BYODKIM records and a custom MAIL FROM domain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Resource, SecretValue, Stack, ValidationError
from constructs.internals import structs
from l1._private.interfaces.ses import EmailIdentityReference as EmailIdentityReference
from l1.ses import CfnEmailIdentity
from l2.ses._types import EasyDkimSigningKeyLength, MailFromBehaviorOnMxFailure

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.route53 import IPublicHostedZone
    from l2.ses._interfaces import IConfigurationSet, IEmailIdentity


def undefined_if_no_keys(values: dict[str, Any]) -> dict[str, Any] | None:
    """``values`` without its ``None`` entries, or ``None`` when all are ``None`` (aws-cdk-lib's ``undefinedIfNoKeys``)."""
    kept = {k: v for k, v in values.items() if v is not None}
    return kept or None


class Identity:
    """The identity to verify: a domain, an address, or a public hosted zone's domain (``Identity.domain`` ...)."""

    def __init__(self) -> None:
        self.value: str = ""
        """The domain or email address."""
        self.hosted_zone: IPublicHostedZone | None = None
        """The hosted zone the DKIM and MAIL FROM records go into, if any."""

    @staticmethod
    def _of(value: str, hosted_zone: IPublicHostedZone | None = None) -> Identity:
        identity = Identity()
        identity.value = value
        identity.hosted_zone = hosted_zone
        return identity

    @staticmethod
    def email(email: str) -> Identity:
        """An email address."""
        return Identity._of(email)

    @staticmethod
    def domain(domain: str) -> Identity:
        """A domain whose DNS records you add yourself."""
        return Identity._of(domain)

    @staticmethod
    def public_hosted_zone(hosted_zone: IPublicHostedZone) -> Identity:
        """The domain of a public hosted zone: the DKIM (and MAIL FROM) records are added to it."""
        return Identity._of(hosted_zone.zone_name, hosted_zone)


@structs.frozen(kw_only=True)
class ByoDkimOptions:
    """Bring-your-own DKIM.

    Args:
        private_key: the private key of the DKIM key pair.
        selector: the DKIM selector.
        public_key: the public key; given with a hosted zone, a TXT record is added.
    """

    private_key: SecretValue
    selector: str
    public_key: str | None = None


@structs.frozen(kw_only=True)
class DkimIdentityConfig:
    """What a ``DkimIdentity`` sets on the identity's ``DkimSigningAttributes``.

    Args:
        domain_signing_private_key: the private key that signs with DKIM (default none: Easy DKIM).
        domain_signing_selector: the selector naming the public key in the domain's DNS (default none: Easy DKIM).
        next_signing_key_length: the length of the next generated DKIM key pair, changeable at most once a day
            (default ``RSA_2048_BIT``).
    """

    domain_signing_private_key: str | None = None
    domain_signing_selector: str | None = None
    next_signing_key_length: str | None = None


@structs.frozen(kw_only=True)
class DkimRecord:
    """A DKIM CNAME record to publish: its ``name`` and ``value``.

    Args:
        name: the record's name.
        value: the record's value.
    """

    name: str
    value: str


class DkimIdentity:
    """How an identity signs with DKIM: ``DkimIdentity.easy_dkim()`` or ``DkimIdentity.byo_dkim(...)``."""

    @staticmethod
    def easy_dkim(signing_key_length: EasyDkimSigningKeyLength | None = None) -> DkimIdentity:
        """Easy DKIM: SES makes the keys (CNAME records go into the hosted zone, if any)."""
        return _EasyDkim(signing_key_length)

    @staticmethod
    def byo_dkim(*, private_key: SecretValue, selector: str, public_key: str | None = None) -> DkimIdentity:
        """Bring your own DKIM key pair."""
        return _ByoDkim(ByoDkimOptions(private_key=private_key, selector=selector, public_key=public_key))

    def bind(self, email_identity: EmailIdentity, hosted_zone: IPublicHostedZone | None = None) -> DkimIdentityConfig | None:
        """Add the DKIM records for ``email_identity`` and return its DKIM signing attributes."""
        raise NotImplementedError  # pragma: no cover - implemented by the two kinds


class _EasyDkim(DkimIdentity):
    def __init__(self, signing_key_length: EasyDkimSigningKeyLength | None) -> None:
        self._signing_key_length = signing_key_length

    def bind(self, email_identity: EmailIdentity, hosted_zone: IPublicHostedZone | None = None) -> DkimIdentityConfig | None:
        if hosted_zone is not None:
            from l1.route53 import CfnRecordSet

            tokens = (
                (email_identity.dkim_dns_token_name1, email_identity.dkim_dns_token_value1),
                (email_identity.dkim_dns_token_name2, email_identity.dkim_dns_token_value2),
                (email_identity.dkim_dns_token_name3, email_identity.dkim_dns_token_value3),
            )
            for index, (name, value) in enumerate(tokens, start=1):
                CfnRecordSet(
                    email_identity,
                    f"DkimDnsToken{index}",
                    hosted_zone_id=hosted_zone.hosted_zone_id,
                    name=name,
                    type="CNAME",
                    resource_records=[value],
                    ttl="1800",
                )
        if self._signing_key_length:
            return DkimIdentityConfig(next_signing_key_length=self._signing_key_length.value)
        return None


class _ByoDkim(DkimIdentity):
    def __init__(self, options: ByoDkimOptions) -> None:
        self._options = options

    def bind(self, email_identity: EmailIdentity, hosted_zone: IPublicHostedZone | None = None) -> DkimIdentityConfig | None:
        if hosted_zone is not None and self._options.public_key:
            from l2 import route53

            route53.TxtRecord(
                email_identity,
                "DkimTxt",
                zone=hosted_zone,
                record_name=f"{self._options.selector}._domainkey",
                values=[f"p={self._options.public_key}"],
            )
        return DkimIdentityConfig(
            domain_signing_private_key=self._options.private_key.unsafe_unwrap(),
            domain_signing_selector=self._options.selector,
        )


@structs.frozen(kw_only=True)
class EmailIdentityProps:
    """The properties of an ``EmailIdentity`` (see ``EmailIdentity``)."""

    identity: Identity
    configuration_set: IConfigurationSet | None = None
    dkim_identity: DkimIdentity | None = None
    dkim_signing: bool | None = None
    feedback_forwarding: bool | None = None
    mail_from_behavior_on_mx_failure: MailFromBehaviorOnMxFailure | None = None
    mail_from_domain: str | None = None


class _EmailIdentityBase(Resource):
    email_identity_name: str
    email_identity_arn: str

    @property
    def email_identity_ref(self) -> EmailIdentityReference:
        """The identity's name, as a reference."""
        return EmailIdentityReference(email_identity=self.email_identity_name)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this identity to ``grantee``."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.email_identity_arn])

    def grant_send_email(self, grantee: IGrantable) -> Grant:
        """Grant sending email (``ses:SendEmail``, ``ses:SendRawEmail``) from this identity."""
        return self.grant(grantee, "ses:SendEmail", "ses:SendRawEmail")


class _ImportedEmailIdentity(_EmailIdentityBase):
    def __init__(self, scope: Construct, id: str, name: str, arn: str | None) -> None:
        super().__init__(scope, id)
        self.email_identity_name = name
        self.email_identity_arn = arn or self.stack.format_arn(service="ses", resource="identity", resource_name=name)


class EmailIdentity(_EmailIdentityBase):
    """An SES email identity (``AWS::SES::EmailIdentity``).

    Args:
        identity: the domain or address (``Identity.public_hosted_zone(zone)`` adds the DNS records).
        configuration_set: the default configuration set of messages sent from the identity.
        dkim_identity: Easy DKIM (default) or BYODKIM.
        dkim_signing: whether messages are DKIM-signed (default SES's: yes).
        feedback_forwarding: whether bounces and complaints are forwarded by email.
        mail_from_behavior_on_mx_failure: what happens when the MAIL FROM domain's MX record is missing.
        mail_from_domain: a custom MAIL FROM domain (records added with a hosted zone).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ses.EmailIdentity"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        identity: Identity,
        configuration_set: IConfigurationSet | None = None,
        dkim_identity: DkimIdentity | None = None,
        dkim_signing: bool | None = None,
        feedback_forwarding: bool | None = None,
        mail_from_behavior_on_mx_failure: MailFromBehaviorOnMxFailure | None = None,
        mail_from_domain: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        dkim = dkim_identity if dkim_identity is not None else DkimIdentity.easy_dkim()
        resource = CfnEmailIdentity(
            self,
            "Resource",
            email_identity=identity.value,
            configuration_set_attributes=undefined_if_no_keys(
                {"configuration_set_name": configuration_set.configuration_set_name if configuration_set else None}
            ),
            dkim_attributes=undefined_if_no_keys({"signing_enabled": dkim_signing}),
            feedback_attributes=undefined_if_no_keys({"email_forwarding_enabled": feedback_forwarding}),
            mail_from_attributes=undefined_if_no_keys(
                {
                    "mail_from_domain": mail_from_domain,
                    "behavior_on_mx_failure": (
                        mail_from_behavior_on_mx_failure.value if mail_from_behavior_on_mx_failure else None
                    ),
                }
            ),
        )
        self.dkim_dns_token_name1: str = resource.attr_dkim_dns_token_name1
        """The name of the first DKIM CNAME record."""
        self.dkim_dns_token_name2: str = resource.attr_dkim_dns_token_name2
        """The name of the second DKIM CNAME record."""
        self.dkim_dns_token_name3: str = resource.attr_dkim_dns_token_name3
        """The name of the third DKIM CNAME record."""
        self.dkim_dns_token_value1: str = resource.attr_dkim_dns_token_value1
        """The value of the first DKIM CNAME record."""
        self.dkim_dns_token_value2: str = resource.attr_dkim_dns_token_value2
        """The value of the second DKIM CNAME record."""
        self.dkim_dns_token_value3: str = resource.attr_dkim_dns_token_value3
        """The value of the third DKIM CNAME record."""
        config = dkim.bind(self, identity.hosted_zone)
        if config is not None:
            resource.dkim_signing_attributes = {
                k: v for k, v in structs.asdict(config).items() if v is not None
            }
        if mail_from_domain and identity.hosted_zone is not None:
            from l2 import route53

            route53.MxRecord(
                self,
                "MailFromMxRecord",
                zone=identity.hosted_zone,
                record_name=mail_from_domain,
                values=[
                    route53.MxRecordValue(
                        priority=10, host_name=f"feedback-smtp.{Stack.of(self).region}.amazonses.com"
                    )
                ],
            )
            route53.TxtRecord(
                self,
                "MailFromTxtRecord",
                zone=identity.hosted_zone,
                record_name=mail_from_domain,
                values=["v=spf1 include:amazonses.com ~all"],
            )
        self.email_identity_name = resource.ref
        self.email_identity_arn = self.stack.format_arn(
            service="ses", resource="identity", resource_name=self.email_identity_name
        )
        self.dkim_records: list[DkimRecord] = [
            DkimRecord(name=self.dkim_dns_token_name1, value=self.dkim_dns_token_value1),
            DkimRecord(name=self.dkim_dns_token_name2, value=self.dkim_dns_token_value2),
            DkimRecord(name=self.dkim_dns_token_name3, value=self.dkim_dns_token_value3),
        ]
        """The DKIM records to publish (when the domain's DNS is not a hosted zone of the app)."""

    @staticmethod
    def from_email_identity_name(scope: Construct, id: str, email_identity_name: str) -> IEmailIdentity:
        """Import an identity by name."""
        return _ImportedEmailIdentity(scope, id, email_identity_name, None)

    @staticmethod
    def from_email_identity_arn(scope: Construct, id: str, email_identity_arn: str) -> IEmailIdentity:
        """Import an identity by ARN (``arn:...:ses:<region>:<account>:identity/<name>``)."""
        parsed = Stack.of(scope).split_arn(email_identity_arn, ArnFormat.SLASH_RESOURCE_NAME)
        if parsed.service != "ses" or parsed.resource != "identity" or not parsed.resource_name:
            raise ValidationError(f"Invalid email identity ARN: {email_identity_arn}", scope)
        return _ImportedEmailIdentity(scope, id, parsed.resource_name, email_identity_arn)
