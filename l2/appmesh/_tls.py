"""TLS for App Mesh: certificates, validation trusts, subject alternative names, client policies and listener
TLS options."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, UnscopedValidationError
from constructs.internals import structs
from l2.appmesh._enums import TlsMode
from l2.appmesh._private import prune

if TYPE_CHECKING:
    from l2.acmpca import ICertificateAuthority
    from l2.certificatemanager import ICertificate


@structs.frozen(kw_only=True)
class TlsCertificateConfig:
    """What ``TlsCertificate.bind`` returns.

    Args:
        tls_certificate: the certificate in CloudFormation's shape.
    """

    tls_certificate: Mapping[str, object]


class TlsCertificate:
    """Where Envoy finds a TLS certificate (use the factories).

    Args:
        rendered: the certificate source in CloudFormation's shape.
    """

    def __init__(self, rendered: Mapping[str, object]) -> None:
        self._rendered = dict(rendered)

    @staticmethod
    def file(certificate_chain_path: str, private_key_path: str) -> MutualTlsCertificate:
        """A certificate chain and private key read from Envoy's file system."""
        return MutualTlsCertificate(
            {"file": {"certificateChain": certificate_chain_path, "privateKey": private_key_path}}
        )

    @staticmethod
    def acm(certificate: ICertificate) -> TlsCertificate:
        """An AWS Certificate Manager certificate."""
        return TlsCertificate({"acm": {"certificateArn": certificate.certificate_arn}})

    @staticmethod
    def sds(secret_name: str) -> MutualTlsCertificate:
        """A secret served by the Secret Discovery Service."""
        return MutualTlsCertificate({"sds": {"secretName": secret_name}})

    def bind(self, _scope: Construct) -> TlsCertificateConfig:
        """The certificate's CloudFormation configuration."""
        return TlsCertificateConfig(tls_certificate=self._rendered)


class MutualTlsCertificate(TlsCertificate):
    """A certificate that can also serve as a client certificate for mutual TLS (file or SDS).

    Args:
        rendered: the certificate source in CloudFormation's shape.
    """


@structs.frozen(kw_only=True)
class TlsValidationTrustConfig:
    """What ``TlsValidationTrust.bind`` returns.

    Args:
        tls_validation_trust: the trust in CloudFormation's shape.
    """

    tls_validation_trust: Mapping[str, object]


class TlsValidationTrust:
    """Where Envoy finds the certificate chain it validates peers against (use the factories).

    Args:
        rendered: the trust in CloudFormation's shape (file and SDS trusts).
        authorities: ACM Private CA authorities (ACM trusts only).
    """

    def __init__(self, rendered: Mapping[str, object] | None = None,
                 authorities: Sequence[ICertificateAuthority] | None = None) -> None:
        self._rendered = dict(rendered) if rendered is not None else None
        self._authorities = list(authorities) if authorities is not None else None

    @staticmethod
    def file(certificate_chain: str) -> MutualTlsValidationTrust:
        """A certificate chain file on Envoy's file system."""
        return MutualTlsValidationTrust({"file": {"certificateChain": certificate_chain}})

    @staticmethod
    def acm(certificate_authorities: Sequence[ICertificateAuthority]) -> TlsValidationTrust:
        """ACM Private CA authorities (at least one)."""
        return TlsValidationTrust(authorities=certificate_authorities)

    @staticmethod
    def sds(secret_name: str) -> MutualTlsValidationTrust:
        """A secret served by the Secret Discovery Service."""
        return MutualTlsValidationTrust({"sds": {"secretName": secret_name}})

    def bind(self, scope: Construct) -> TlsValidationTrustConfig:
        """The trust's CloudFormation configuration."""
        if self._authorities is not None:
            if not self._authorities:
                raise UnscopedValidationError(
                    "you must provide at least one Certificate Authority when creating an ACM Trust ClientPolicy"
                )
            return TlsValidationTrustConfig(tls_validation_trust={
                "acm": {"certificateAuthorityArns": [a.certificate_authority_arn for a in self._authorities]}
            })
        return TlsValidationTrustConfig(tls_validation_trust=self._rendered or {})


class MutualTlsValidationTrust(TlsValidationTrust):
    """A trust usable to validate client certificates (file or SDS).

    Args:
        rendered: the trust in CloudFormation's shape.
        authorities: ACM Private CA authorities (ACM trusts only).
    """


@structs.frozen(kw_only=True)
class SubjectAlternativeNamesMatcherConfig:
    """What ``SubjectAlternativeNames.bind`` returns.

    Args:
        subject_alternative_names_match: the matcher in CloudFormation's shape.
    """

    subject_alternative_names_match: Mapping[str, object]


class SubjectAlternativeNames:
    """Which subject alternative names a peer certificate must carry (use the factories).

    Args:
        names: the names matched exactly.
    """

    def __init__(self, names: Sequence[str]) -> None:
        self._names = list(names)

    @staticmethod
    def matching_exactly(*names: str) -> SubjectAlternativeNames:
        """Exactly these names."""
        return SubjectAlternativeNames(names)

    def bind(self, scope: Construct) -> SubjectAlternativeNamesMatcherConfig:
        """The matcher's CloudFormation configuration."""
        return SubjectAlternativeNamesMatcherConfig(subject_alternative_names_match={"exact": self._names})


@structs.frozen(kw_only=True)
class TlsValidation:
    """How a client validates the certificate a backend presents.

    Args:
        trust: where the trusted certificate chain comes from.
        subject_alternative_names: names the certificate must carry (default not checked).
    """

    trust: TlsValidationTrust
    subject_alternative_names: SubjectAlternativeNames | None = None


@structs.frozen(kw_only=True)
class MutualTlsValidation:
    """How a listener validates client certificates (mutual TLS).

    Args:
        trust: where the trusted certificate chain comes from (file or SDS).
        subject_alternative_names: names the client certificate must carry (default not checked).
    """

    trust: MutualTlsValidationTrust
    subject_alternative_names: SubjectAlternativeNames | None = None


@structs.frozen(kw_only=True)
class TlsClientPolicy:
    """TLS from a virtual node or gateway to its backends.

    Args:
        validation: how the backend's certificate is validated.
        enforce: whether TLS is required (default the service's: true).
        mutual_tls_certificate: the client certificate presented for mutual TLS (default none).
        ports: the backend ports the policy applies to (default every port).
    """

    validation: TlsValidation
    enforce: bool | None = None
    mutual_tls_certificate: MutualTlsCertificate | None = None
    ports: Sequence[int | float] | None = None


@structs.frozen(kw_only=True)
class ListenerTlsOptions:
    """TLS on a listener.

    Args:
        certificate: the certificate the listener presents.
        mode: whether TLS is required, optional or off.
        mutual_tls_validation: validate client certificates against this (default no client validation).
    """

    certificate: TlsCertificate
    mode: TlsMode
    mutual_tls_validation: MutualTlsValidation | None = None


def _render_validation(scope: Construct, validation: TlsValidation | MutualTlsValidation) -> dict[str, object]:
    sans = validation.subject_alternative_names
    return prune({
        "subjectAlternativeNames": (
            {"match": sans.bind(scope).subject_alternative_names_match} if sans is not None else None
        ),
        "trust": validation.trust.bind(scope).tls_validation_trust,
    })


def render_tls_client_policy(scope: Construct, policy: TlsClientPolicy | None) -> dict[str, object] | None:
    """A client policy's ``tls`` block (None without a policy)."""
    if policy is None:
        return None
    certificate = policy.mutual_tls_certificate
    return prune({
        "certificate": certificate.bind(scope).tls_certificate if certificate is not None else None,
        "ports": list(policy.ports) if policy.ports is not None else None,
        "enforce": policy.enforce,
        "validation": _render_validation(scope, policy.validation),
    })


def render_listener_tls(scope: Construct, tls: ListenerTlsOptions | None) -> dict[str, object] | None:
    """A listener's ``tls`` block (None without TLS options)."""
    if tls is None:
        return None
    validation = tls.mutual_tls_validation
    return prune({
        "certificate": tls.certificate.bind(scope).tls_certificate,
        "mode": tls.mode.value,
        "validation": _render_validation(scope, validation) if validation is not None else None,
    })
