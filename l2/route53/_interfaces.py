"""The Route 53 interfaces: hosted zones, record sets, alias targets, health checks, key signing keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs.internals import protocols
from l1._private.interfaces.route53 import HealthCheckReference as HealthCheckReference
from l1._private.interfaces.route53 import HostedZoneReference as HostedZoneReference
from l1._private.interfaces.route53 import KeySigningKeyReference as KeySigningKeyReference
from l1._private.interfaces.route53 import RecordSetReference as RecordSetReference

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.route53._types import AliasRecordTargetConfig


@runtime_checkable
class INamedHostedZoneRef(Protocol):
    """A hosted zone with a name (aws-cdk-lib's ``INamedHostedZoneRef``)."""

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """The zone's id."""
        ...

    @property
    def name(self) -> str:
        """The zone's name."""
        ...


@runtime_checkable
class IHostedZone(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A Route 53 hosted zone (aws-cdk-lib's ``aws_route53.IHostedZone``). ``zone_name`` is not probed by
    ``isinstance``: a zone imported by id raises when it is read."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"zone_name", "hosted_zone_name_servers"})

    @property
    def hosted_zone_id(self) -> str:
        """The zone's id."""
        ...

    @property
    def hosted_zone_arn(self) -> str:
        """The zone's ARN."""
        ...

    @property
    def zone_name(self) -> str:
        """The zone's name (raises for a zone imported by id only)."""
        ...

    @property
    def hosted_zone_ref(self) -> HostedZoneReference:
        """The zone's id."""
        ...

    @property
    def hosted_zone_name_servers(self) -> list[str] | None:
        """The zone's name servers (none for an imported zone)."""
        ...

    def grant_delegation(self, grantee: IGrantable, *, delegated_zone_names: list[str] | None = None) -> Grant:
        """Allow ``grantee`` to create NS delegation records in this zone."""
        ...


@runtime_checkable
class IPublicHostedZone(IHostedZone, Protocol):
    """A public hosted zone (aws-cdk-lib's ``IPublicHostedZone``)."""


@runtime_checkable
class IPrivateHostedZone(IHostedZone, Protocol):
    """A private hosted zone (aws-cdk-lib's ``IPrivateHostedZone``)."""


@runtime_checkable
class IRecordSet(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A record set (aws-cdk-lib's ``IRecordSet``): a construct with its ``domain_name`` (absent while the record
    binds its alias target)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"domain_name"})

    @property
    def node(self) -> Any:
        """The construct node."""
        ...

    @property
    def domain_name(self) -> str:
        """The record's domain name."""
        ...


@runtime_checkable
class IAliasRecordTarget(Protocol):
    """Something an alias record can point to (aws-cdk-lib's ``IAliasRecordTarget``)."""

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        """The alias target of ``record`` (in ``zone``)."""
        ...


@runtime_checkable
class IHealthCheck(Protocol):
    """A Route 53 health check (aws-cdk-lib's ``IHealthCheck``)."""

    @property
    def health_check_id(self) -> str:
        """The health check's id."""
        ...


@runtime_checkable
class IKeySigningKey(Protocol):
    """A DNSSEC key signing key (aws-cdk-lib's ``IKeySigningKey``)."""

    @property
    def hosted_zone(self) -> IHostedZone:
        """The zone it signs."""
        ...

    @property
    def key_signing_key_id(self) -> str:
        """Its id (``<zone id>|<name>``)."""
        ...

    @property
    def key_signing_key_name(self) -> str:
        """Its name."""
        ...
