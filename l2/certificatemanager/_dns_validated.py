"""``DnsValidatedCertificate`` (deprecated): a certificate requested by a custom resource, in any region, with
its DNS validation records written to a Route 53 zone."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from constructs import Annotations, Duration, Lazy, Stack, TagManager, TagType, Token, ValidationError
from constructs.internals import deprecated
from l2.certificatemanager._certificate import CertificateBase

if TYPE_CHECKING:
    from constructs import Construct, RemovalPolicy
    from l2.certificatemanager._types import CertificateValidation, KeyAlgorithm
    from l2.iam import IRole
    from l2.route53 import IHostedZone

HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "dns_validated_certificate")
_DEPRECATION = "use {@link Certificate } instead"


class _Validation:
    def __init__(self, certificate: DnsValidatedCertificate) -> None:
        self._certificate = certificate

    def validate(self) -> list[str]:
        return self._certificate._validate()


class DnsValidatedCertificate(CertificateBase):
    """A DNS-validated certificate requested by a custom resource (deprecated: use ``Certificate``).

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the fully qualified domain name.
        hosted_zone: the zone the validation records go in (authoritative for ``domain_name``).
        allow_export: ignored here (as aws-cdk-lib).
        certificate_name: ignored here (as aws-cdk-lib).
        cleanup_route53_records: delete the validation records with the certificate (default false).
        custom_resource_role: the handler's role (default a new one).
        key_algorithm: ignored, with a warning (as aws-cdk-lib).
        region: the region of the certificate (default the stack's).
        route53_endpoint: another Route 53 endpoint (default the partition's).
        subject_alternative_names: more domain names on the certificate.
        transparency_logging_enabled: log the certificate in public CT logs (default unset: enabled).
        validation: ignored here (always DNS in ``hosted_zone``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-certificatemanager.DnsValidatedCertificate"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        hosted_zone: IHostedZone,
        cleanup_route53_records: bool | None = None,
        custom_resource_role: IRole | None = None,
        region: str | None = None,
        route53_endpoint: str | None = None,
        domain_name: str,
        allow_export: bool | None = None,
        certificate_name: str | None = None,
        key_algorithm: KeyAlgorithm | None = None,
        subject_alternative_names: Sequence[str] | None = None,
        transparency_logging_enabled: bool | None = None,
        validation: CertificateValidation | None = None,
    ) -> None:
        super().__init__(scope, id)
        deprecated("aws-cdk-lib.aws_certificatemanager.DnsValidatedCertificate", _DEPRECATION)
        from l2 import iam
        from l2 import lambda_ as lambda_

        if key_algorithm is not None:
            Annotations.of(self).add_warning_v2("@aws-cdk/aws-certificatemanager:keyAlgorithmIgnored",
                                                "keyAlgorithm is ignored for DnsValidatedCertificate construct.")
        self.region = region
        self.domain_name = domain_name
        if not Token.is_unresolved(domain_name) and len(domain_name) > 64:
            raise ValidationError("Domain name must be 64 characters or less", self)
        zone_name = hosted_zone.zone_name
        self._normalized_zone_name = zone_name[:-1] if zone_name.endswith(".") else zone_name
        hosted_zone_id = hosted_zone.hosted_zone_id
        self.hosted_zone_id = hosted_zone_id[len("/hostedzone/"):] if hosted_zone_id.startswith("/hostedzone/") \
            else hosted_zone_id
        logging = None
        if transparency_logging_enabled is not None:
            logging = "ENABLED" if transparency_logging_enabled else "DISABLED"
        self._tags = TagManager(TagType.MAP, "AWS::CertificateManager::Certificate")
        self._removal_policy: RemovalPolicy | None = None
        function = lambda_.Function(
            self, "CertificateRequestorFunction", code=lambda_.Code.from_asset(HANDLER_DIR),
            handler="index.handler", runtime=lambda_.Runtime.PYTHON_3_13, timeout=Duration.minutes(15),
            role=custom_resource_role,
        )
        function.add_to_role_policy(iam.PolicyStatement(
            actions=["acm:RequestCertificate", "acm:DescribeCertificate", "acm:DeleteCertificate",
                     "acm:AddTagsToCertificate"], resources=["*"]))
        function.add_to_role_policy(iam.PolicyStatement(actions=["route53:GetChange"], resources=["*"]))
        names = [_add_wildcard(domain_name), *(_add_wildcard(d) for d in subject_alternative_names or [])]
        function.add_to_role_policy(iam.PolicyStatement(
            actions=["route53:changeResourceRecordSets"],
            resources=[f"arn:{Stack.of(function).partition}:route53:::hostedzone/{self.hosted_zone_id}"],
            conditions={
                "ForAllValues:StringEquals": {
                    "route53:ChangeResourceRecordSetsRecordTypes": ["CNAME"],
                    "route53:ChangeResourceRecordSetsActions":
                        ["UPSERT", "DELETE"] if cleanup_route53_records else ["UPSERT"],
                },
                "ForAllValues:StringLike": {"route53:ChangeResourceRecordSetsNormalizedRecordNames": names},
            },
        ))
        from constructs import CustomResource

        sans = list(subject_alternative_names) if subject_alternative_names is not None else None
        certificate = CustomResource(
            self, "CertificateRequestorResource", service_token=function.function_arn,
            properties={
                "DomainName": domain_name,
                "SubjectAlternativeNames": Lazy.list(lambda: sans, omit_empty=True),
                "CertificateTransparencyLoggingPreference": logging,
                "HostedZoneId": self.hosted_zone_id,
                "Region": region,
                "Route53Endpoint": route53_endpoint,
                "RemovalPolicy": Lazy.any(lambda: self._removal_policy.value if self._removal_policy else None),
                "CleanupRecords": "true" if cleanup_route53_records else None,
                "Tags": Lazy.any(lambda: self._tags.render_tags()),
            },
        )
        self.certificate_arn = certificate.get_att("Arn").to_string()
        self.node.add_validation(_Validation(self))  # type: ignore[arg-type]

    @property
    def tags(self) -> TagManager:
        """The certificate's tags (deprecated)."""
        deprecated("aws-cdk-lib.aws_certificatemanager.DnsValidatedCertificate#tags", _DEPRECATION)
        return self._tags

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Retain or delete the certificate when the resource is removed (deprecated)."""
        deprecated("aws-cdk-lib.aws_certificatemanager.DnsValidatedCertificate#applyRemovalPolicy", _DEPRECATION)
        self._removal_policy = policy

    def _validate(self) -> list[str]:
        errors: list[str] = []
        zone = self._normalized_zone_name
        if not Token.is_unresolved(zone) and self.domain_name != zone and not self.domain_name.endswith("." + zone):
            errors.append(f"DNS zone {zone} is not authoritative for certificate domain name {self.domain_name}")
        return errors


def _add_wildcard(domain_name: str) -> str:
    return domain_name if domain_name.startswith("*.") else f"*.{domain_name}"



