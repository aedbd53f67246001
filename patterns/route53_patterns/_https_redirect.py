"""``HttpsRedirect``: redirect domains of a hosted zone to another domain over HTTPS (CloudFront + an S3 redirect
bucket + an ACM certificate in us-east-1)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, FeatureFlags, RemovalPolicy, Stack, Token, ValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
    from l2.route53 import IHostedZone

USE_CERTIFICATE_FLAG = "@aws-cdk/aws-route53-patters:useCertificate"
USE_DISTRIBUTION_FLAG = "@aws-cdk/aws-route53-patterns:useDistribution"


@structs.frozen(kw_only=True)
class HttpsRedirectProps:
    """The properties of an ``HttpsRedirect`` (see that class for each keyword)."""

    target_domain: str
    zone: IHostedZone
    certificate: ICertificate | None = None
    record_names: Sequence[str] | None = None


class HttpsRedirect(Construct):
    """Redirect ``record_names`` (default: the zone's apex) to ``target_domain`` over HTTPS.

    An S3 bucket configured to redirect every request serves as the origin of a CloudFront distribution (a
    ``Distribution`` under the ``@aws-cdk/aws-route53-patterns:useDistribution`` flag, else a
    ``CloudFrontWebDistribution``) with the domains as aliases, and A/AAAA alias records point them at it.

    Args:
        scope: the parent construct.
        id: the construct id.
        target_domain: the domain to redirect to (e.g. ``example.com``).
        zone: the hosted zone the domains are in.
        certificate: the ACM certificate of the domains, in us-east-1 (default: a new DNS-validated one: a
            ``Certificate`` in this stack, or in a us-east-1 stack of its own for other regions, under the
            ``@aws-cdk/aws-route53-patters:useCertificate`` flag; else a ``DnsValidatedCertificate``).
        record_names: the domains to redirect (default: the zone's name).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target_domain: str,
        zone: IHostedZone,
        certificate: ICertificate | None = None,
        record_names: Sequence[str] | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l2 import cloudfront, route53, route53_targets, s3

        domain_names = list(record_names) if record_names is not None else [zone.zone_name]
        if certificate is not None:
            region = Stack.of(self).split_arn(certificate.certificate_arn, ArnFormat.SLASH_RESOURCE_NAME).region
            if not Token.is_unresolved(region) and region != "us-east-1":
                raise ValidationError("The certificate must be in the us-east-1 region and the certificate you "
                                      f"provided is in {region}.", self)
        redirect_cert = certificate if certificate is not None else self._create_certificate(domain_names, zone)
        bucket = s3.Bucket(self, "RedirectBucket",
                           website_redirect=s3.RedirectTarget(host_name=target_domain,
                                                              protocol=s3.RedirectProtocol.HTTPS),
                           removal_policy=RemovalPolicy.DESTROY, block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
        comment = f"Redirect to {target_domain} from {', '.join(domain_names)}"
        distribution: Any
        if FeatureFlags.of(self).is_enabled(USE_DISTRIBUTION_FLAG):
            from l2 import cloudfront_origins

            distribution = cloudfront.Distribution(
                self, "RedirectDistribution", default_root_object="",
                default_behavior=cloudfront.BehaviorOptions(
                    origin=cloudfront_origins.S3StaticWebsiteOrigin(bucket),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS),
                domain_names=domain_names, certificate=redirect_cert, comment=comment,
                price_class=cloudfront.PriceClass.PRICE_CLASS_ALL)
        else:
            distribution = cloudfront.CloudFrontWebDistribution(
                self, "RedirectDistribution", default_root_object="",
                origin_configs=[cloudfront.SourceConfiguration(
                    behaviors=[cloudfront.Behavior(is_default_behavior=True)],
                    custom_origin_source=cloudfront.CustomOriginConfig(
                        domain_name=bucket.bucket_website_domain_name,
                        origin_protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY))],
                viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(redirect_cert,
                                                                                     aliases=domain_names),
                comment=comment, price_class=cloudfront.PriceClass.PRICE_CLASS_ALL,
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
        for domain_name in domain_names:
            digest = hashlib.md5(domain_name.encode("utf-8")).hexdigest()[:6]
            target = route53.RecordTarget.from_alias(route53_targets.CloudFrontTarget(distribution))
            route53.ARecord(self, f"RedirectAliasRecord{digest}", record_name=domain_name, zone=zone, target=target)
            route53.AaaaRecord(self, f"RedirectAliasRecordSix{digest}", record_name=domain_name, zone=zone,
                               target=target)

    def _certificate_scope(self) -> Construct:
        stack = Stack.of(self)
        parent = stack.node.scope
        if parent is None:
            raise ValidationError(f"Stack {stack.stack_id} must be created in the scope of an App or Stage", self)
        if Token.is_unresolved(stack.region):
            raise ValidationError(f"When {USE_CERTIFICATE_FLAG} is enabled, a region must be defined on the Stack",
                                  self)
        if stack.region != "us-east-1":
            from constructs import Environment

            stack_id = f"certificate-redirect-stack-{stack.node.addr}"
            existing = parent.node.try_find_child(stack_id)
            if existing is not None:
                return existing  # type: ignore[return-value]
            return Stack(parent, stack_id, env=Environment(region="us-east-1", account=stack.account))
        return self

    def _create_certificate(self, domain_names: list[str], zone: IHostedZone) -> ICertificate:
        from l2 import certificatemanager

        if FeatureFlags.of(self).is_enabled(USE_CERTIFICATE_FLAG):
            cert_scope = self._certificate_scope()
            cert_id = "RedirectCertificate" if cert_scope is self else "RedirectCertificate" + self.node.addr
            return certificatemanager.Certificate(
                cert_scope, cert_id, domain_name=domain_names[0], subject_alternative_names=domain_names,
                validation=certificatemanager.CertificateValidation.from_dns(zone))
        return certificatemanager.DnsValidatedCertificate(
            self, "RedirectCertificate", domain_name=domain_names[0], subject_alternative_names=domain_names,
            hosted_zone=zone, region="us-east-1")
