"""``ICertificate`` (and the private CA a ``PrivateCertificate`` is issued by)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.certificatemanager import CertificateReference as CertificateReference

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import Metric, Unit


@runtime_checkable
class ICertificate(Protocol):
    """An ACM certificate (aws-cdk-lib's ``aws_certificatemanager.ICertificate``)."""

    @property
    def certificate_arn(self) -> str:
        """The certificate's ARN."""
        ...

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
        """``DaysToExpiry`` (minimum over a day)."""
        ...


@runtime_checkable
class ICertificateAuthority(Protocol):
    """An ACM Private CA certificate authority (aws-cdk-lib's ``aws_acmpca.ICertificateAuthority``)."""

    @property
    def certificate_authority_arn(self) -> str:
        """The CA's ARN."""
        ...
