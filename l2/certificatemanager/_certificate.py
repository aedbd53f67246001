"""``Certificate`` and ``PrivateCertificate``: ACM certificates, and the base they share (metrics, imports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Resource, Tags, Token, ValidationError, Validations
from l1.certificatemanager import CfnCertificate
from l2.certificatemanager._interfaces import CertificateReference
from l2.certificatemanager._types import CertificateValidation, ValidationMethod
from l2.certificatemanager._util import apex_domain

if TYPE_CHECKING:
    from constructs import Construct
    from l2.certificatemanager._interfaces import ICertificate, ICertificateAuthority
    from l2.certificatemanager._types import KeyAlgorithm
    from l2.cloudwatch import Metric, Unit


class CertificateBase(Resource):
    """What every certificate offers: its reference and the days-to-expiry metric."""

    certificate_arn: str
    region: str | None = None

    @property
    def certificate_ref(self) -> CertificateReference:
        """The certificate's ARN."""
        return CertificateReference(certificate_arn=self.certificate_arn)

    def metric_days_to_expiry(
        self,
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
        """``AWS/CertificateManager`` ``DaysToExpiry``: the minimum over 1 day (no longer emitted once expired)."""
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "account": account, "color": color, "id": id, "label": label, "stack_account": stack_account,
            "stack_region": stack_region, "unit": unit, "visible": visible,
        }
        options = {k: v for k, v in options.items() if v is not None}
        return cloudwatch.Metric(
            period=period if period is not None else Duration.days(1),
            **options,
            dimensions_map={"CertificateArn": self.certificate_arn},
            metric_name="DaysToExpiry",
            namespace="AWS/CertificateManager",
            region=self.region,
            statistic="Minimum",
        )


class _ImportedCertificate(CertificateBase):
    def __init__(self, scope: Construct, id: str, certificate_arn: str) -> None:
        super().__init__(scope, id)
        self.certificate_arn = certificate_arn


class Certificate(CertificateBase):
    """A public certificate issued by ACM.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the fully qualified domain name (may start with ``*.``).
        allow_export: allow exporting the certificate and its key (default false).
        certificate_name: the ``Name`` tag (default the construct path).
        key_algorithm: the key algorithm (default RSA 2048).
        subject_alternative_names: more domain names on the certificate.
        transparency_logging_enabled: log the certificate in public CT logs (default unset: enabled).
        validation: how ownership is validated (default email).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-certificatemanager.Certificate"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        allow_export: bool | None = None,
        certificate_name: str | None = None,
        key_algorithm: KeyAlgorithm | None = None,
        subject_alternative_names: Sequence[str] | None = None,
        transparency_logging_enabled: bool | None = None,
        validation: CertificateValidation | None = None,
    ) -> None:
        super().__init__(scope, id)
        if validation is None:
            validation = CertificateValidation.from_email()
        if not Token.is_unresolved(domain_name) and len(domain_name) > 64:
            raise ValidationError("Domain name must be 64 characters or less", self)
        names = [domain_name, *(subject_alternative_names or [])]
        if len(names) != len(set(names)):
            Validations.of(self).acknowledge({
                "id": "CloudFormation-Validate::F3037",
                "reason": "Duplicate domain names in subjectAlternativeNames exist for historical reasons",
            })
        logging = None
        if transparency_logging_enabled is not None:
            logging = "ENABLED" if transparency_logging_enabled else "DISABLED"
        cert = CfnCertificate(
            self,
            "Resource",
            domain_name=domain_name,
            subject_alternative_names=list(subject_alternative_names) if subject_alternative_names is not None
            else None,
            domain_validation_options=_render_domain_validation(self, validation, names),
            validation_method=validation.method.value,
            certificate_export="ENABLED" if allow_export is True else None,
            certificate_transparency_logging_preference=logging,
            key_algorithm=key_algorithm.name if key_algorithm is not None else None,
        )
        Tags.of(cert).add("Name", certificate_name or self.node.path[:255])
        self.certificate_arn = cert.ref

    @staticmethod
    def from_certificate_arn(scope: Construct, id: str, certificate_arn: str) -> ICertificate:
        """An existing certificate by ARN."""
        return _ImportedCertificate(scope, id, certificate_arn)


class PrivateCertificate(CertificateBase):
    """A private certificate issued by an ACM Private CA.

    Args:
        scope: the parent construct.
        id: the construct id.
        certificate_authority: the private CA that issues it.
        domain_name: the fully qualified domain name.
        allow_export: allow exporting the certificate and its key (default false).
        key_algorithm: the key algorithm (default RSA 2048).
        subject_alternative_names: more domain names on the certificate.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-certificatemanager.PrivateCertificate"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        certificate_authority: ICertificateAuthority,
        domain_name: str,
        allow_export: bool | None = None,
        key_algorithm: KeyAlgorithm | None = None,
        subject_alternative_names: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        cert = CfnCertificate(
            self,
            "Resource",
            domain_name=domain_name,
            subject_alternative_names=list(subject_alternative_names) if subject_alternative_names is not None
            else None,
            certificate_authority_arn=certificate_authority.certificate_authority_arn,
            key_algorithm=key_algorithm.name if key_algorithm is not None else None,
            certificate_export="ENABLED" if allow_export is True else None,
        )
        self.certificate_arn = cert.ref

    @staticmethod
    def from_certificate_arn(scope: Construct, id: str, certificate_arn: str) -> ICertificate:
        """An existing certificate by ARN."""
        return _ImportedCertificate(scope, id, certificate_arn)


def _render_domain_validation(
    scope: Construct, validation: CertificateValidation, names: list[str]
) -> list[CfnCertificate.DomainValidationOptionProperty] | None:
    rendered: list[CfnCertificate.DomainValidationOptionProperty] = []
    props = validation.props
    if validation.method is ValidationMethod.DNS:
        for name in names:
            if not (Token.is_unresolved(name) or not name.startswith("*.") or name.replace("*.", "", 1) not in names):
                continue
            zone = (props.hosted_zones or {}).get(name) or props.hosted_zone
            if zone is not None:
                rendered.append(CfnCertificate.DomainValidationOptionProperty(
                    domain_name=name, hosted_zone_id=zone.hosted_zone_id
                ))
    else:
        for name in names:
            validation_domain = (props.validation_domains or {}).get(name)
            if not validation_domain and Token.is_unresolved(name):
                raise ValidationError("When using Tokens for domain names, 'validationDomains' needs to be supplied",
                                      scope)
            rendered.append(CfnCertificate.DomainValidationOptionProperty(
                domain_name=name, validation_domain=validation_domain or apex_domain(name)
            ))
    return rendered or None
