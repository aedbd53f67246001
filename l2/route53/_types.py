"""Route 53 enums and structs: record types, routing, hosted-zone props and attributes, record values."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration, RemovalPolicy
    from l2.ec2 import IVpc, IVpcEndpointService
    from l2.iam import IPrincipal, IRole
    from l2.kms import IKey
    from l2.route53._geo import CidrRoutingConfig, GeoLocation
    from l2.route53._interfaces import IHealthCheck, IHostedZone, IPublicHostedZone
    from l2.route53._record_set import RecordTarget
    from l2.route53._values import Alpn, HttpsRecordValue, SvcbRecordValue


class RecordType(enum.Enum):
    """The type of a DNS record."""

    A = "A"
    AAAA = "AAAA"
    CAA = "CAA"
    CNAME = "CNAME"
    DS = "DS"
    HTTPS = "HTTPS"
    MX = "MX"
    NAPTR = "NAPTR"
    NS = "NS"
    PTR = "PTR"
    SOA = "SOA"
    SPF = "SPF"
    SRV = "SRV"
    SSHFP = "SSHFP"
    SVCB = "SVCB"
    TLSA = "TLSA"
    TXT = "TXT"


class Failover(enum.Enum):
    """The role of a record in failover routing."""

    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"


class CaaTag(enum.Enum):
    """The tag of a CAA record value."""

    ISSUE = "issue"
    ISSUEWILD = "issuewild"
    IODEF = "iodef"


class Continent(enum.Enum):
    """A continent, for geolocation routing."""

    AFRICA = "AF"
    ANTARCTICA = "AN"
    ASIA = "AS"
    EUROPE = "EU"
    OCEANIA = "OC"
    NORTH_AMERICA = "NA"
    SOUTH_AMERICA = "SA"


class HealthCheckType(enum.Enum):
    """What a health check checks."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"
    HTTP_STR_MATCH = "HTTP_STR_MATCH"
    HTTPS_STR_MATCH = "HTTPS_STR_MATCH"
    TCP = "TCP"
    CLOUDWATCH_METRIC = "CLOUDWATCH_METRIC"
    CALCULATED = "CALCULATED"
    RECOVERY_CONTROL = "RECOVERY_CONTROL"


class InsufficientDataHealthStatusEnum(enum.Enum):
    """The status of a CloudWatch-metric health check when the alarm has insufficient data."""

    HEALTHY = "Healthy"
    UNHEALTHY = "Unhealthy"
    LAST_KNOWN_STATUS = "LastKnownStatus"


class KeySigningKeyStatus(enum.Enum):
    """Whether a key signing key signs."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"


@structs.frozen(kw_only=True)
class AliasRecordTargetConfig:
    """What an alias target renders to (``IAliasRecordTarget.bind``).

    Args:
        dns_name: the target's DNS name.
        hosted_zone_id: the target's hosted zone id.
        evaluate_target_health: whether Route 53 checks the target's health (default false).
    """

    dns_name: str
    hosted_zone_id: str
    evaluate_target_health: bool | None = None


@structs.frozen(kw_only=True)
class AlarmIdentifier:
    """The CloudWatch alarm a ``CLOUDWATCH_METRIC`` health check watches.

    Args:
        name: the alarm's name.
        region: the alarm's region.
    """

    name: str
    region: str


@structs.frozen(kw_only=True)
class CidrRoutingConfigProps:
    """The properties of a ``CidrRoutingConfig``.

    Args:
        collection_id: the CIDR collection's id (a UUID).
        location_name: the CIDR location's name (default ``*``, the default location).
    """

    collection_id: str
    location_name: str | None = None


@structs.frozen(kw_only=True)
class CaaRecordValue:
    """One value of a CAA record.

    Args:
        flag: the flag (0 or 128).
        tag: the tag.
        value: the value (a CA's domain, or an ``iodef`` URL).
    """

    flag: int | float
    tag: CaaTag
    value: str


@structs.frozen(kw_only=True)
class MxRecordValue:
    """One value of an MX record.

    Args:
        host_name: the mail server's host name.
        priority: its priority (lower is preferred).
    """

    host_name: str
    priority: int | float


@structs.frozen(kw_only=True)
class SrvRecordValue:
    """One value of an SRV record.

    Args:
        host_name: the server's host name.
        port: its port.
        priority: its priority.
        weight: its weight among servers of the same priority.
    """

    host_name: str
    port: int | float
    priority: int | float
    weight: int | float


@structs.frozen(kw_only=True)
class SvcbRecordServiceModeProps:
    """The parameters of an SVCB record in service mode.

    Args:
        alpn: the supported application protocols.
        ipv4hint: IPv4 address hints.
        ipv6hint: IPv6 address hints.
        mandatory: the keys a client must understand.
        no_default_alpn: whether the default protocol is left out.
        port: the port.
        priority: the priority (default 1).
        target_name: the target (default ``.``, the owner name).
    """

    alpn: Sequence[Alpn] | None = None
    ipv4hint: Sequence[str] | None = None
    ipv6hint: Sequence[str] | None = None
    mandatory: Sequence[str] | None = None
    no_default_alpn: bool | None = None
    port: int | float | None = None
    priority: int | float | None = None
    target_name: str | None = None


@structs.frozen(kw_only=True)
class HttpsRecordServiceModeProps:
    """The parameters of an HTTPS record in service mode (see ``SvcbRecordServiceModeProps``)."""

    alpn: Sequence[Alpn] | None = None
    ipv4hint: Sequence[str] | None = None
    ipv6hint: Sequence[str] | None = None
    mandatory: Sequence[str] | None = None
    no_default_alpn: bool | None = None
    port: int | float | None = None
    priority: int | float | None = None
    target_name: str | None = None


@structs.frozen(kw_only=True)
class CommonHostedZoneProps:
    """The properties every hosted zone has.

    Args:
        zone_name: the domain name.
        add_trailing_dot: whether a trailing dot is added to the name (default true).
        comment: a comment.
        query_logs_log_group_arn: the log group query logs go to (default none).
    """

    zone_name: str
    add_trailing_dot: bool | None = None
    comment: str | None = None
    query_logs_log_group_arn: str | None = None


@structs.frozen(kw_only=True)
class HostedZoneProps:
    """The properties of a ``HostedZone`` (``vpcs`` make it private; see ``HostedZone`` for each keyword)."""

    zone_name: str
    add_trailing_dot: bool | None = None
    comment: str | None = None
    query_logs_log_group_arn: str | None = None
    vpcs: Sequence[IVpc] | None = None


@structs.frozen(kw_only=True)
class PublicHostedZoneProps:
    """The properties of a ``PublicHostedZone`` (see ``PublicHostedZone`` for each keyword)."""

    zone_name: str
    add_trailing_dot: bool | None = None
    comment: str | None = None
    query_logs_log_group_arn: str | None = None
    accelerated_recovery_enabled: bool | None = None
    caa_amazon: bool | None = None
    cross_account_zone_delegation_principal: IPrincipal | None = None
    cross_account_zone_delegation_role_name: str | None = None


@structs.frozen(kw_only=True)
class PrivateHostedZoneProps:
    """The properties of a ``PrivateHostedZone`` (see ``PrivateHostedZone`` for each keyword)."""

    zone_name: str
    vpc: IVpc
    add_trailing_dot: bool | None = None
    comment: str | None = None
    query_logs_log_group_arn: str | None = None


@structs.frozen(kw_only=True)
class HostedZoneAttributes:
    """An existing hosted zone.

    Args:
        hosted_zone_id: the zone's id.
        zone_name: the zone's name.
    """

    hosted_zone_id: str
    zone_name: str


@structs.frozen(kw_only=True)
class PublicHostedZoneAttributes:
    """An existing public hosted zone (see ``HostedZoneAttributes``)."""

    hosted_zone_id: str
    zone_name: str


@structs.frozen(kw_only=True)
class PrivateHostedZoneAttributes:
    """An existing private hosted zone (see ``HostedZoneAttributes``)."""

    hosted_zone_id: str
    zone_name: str


@structs.frozen(kw_only=True)
class HostedZoneProviderProps:
    """The query of ``HostedZone.from_lookup``.

    Args:
        domain_name: the zone's domain name.
        private_zone: whether the zone is private (default false).
        vpc_id: the VPC a private zone is associated with.
    """

    domain_name: str
    private_zone: bool | None = None
    vpc_id: str | None = None


@structs.frozen(kw_only=True)
class ZoneSigningOptions:
    """Options of ``HostedZone.enable_dnssec``.

    Args:
        kms_key: the asymmetric ECC_NIST_P256 customer-managed key that signs.
        key_signing_key_name: the key signing key's name (default generated).
    """

    kms_key: IKey
    key_signing_key_name: str | None = None


@structs.frozen(kw_only=True)
class ZoneDelegationOptions:
    """Options of ``PublicHostedZone.add_delegation``.

    Args:
        comment: a comment on the NS record.
        ttl: the record's TTL (default 2 days).
    """

    comment: str | None = None
    ttl: Duration | None = None


@structs.frozen(kw_only=True)
class GrantDelegationOptions:
    """Options of ``grant_delegation``.

    Args:
        delegated_zone_names: restrict the grant to these delegated zone names (default any).
    """

    delegated_zone_names: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class KeySigningKeyAttributes:
    """An existing key signing key.

    Args:
        hosted_zone: its hosted zone.
        key_signing_key_name: its name.
    """

    hosted_zone: IHostedZone
    key_signing_key_name: str


@structs.frozen(kw_only=True)
class KeySigningKeyProps:
    """The properties of a ``KeySigningKey`` (see ``KeySigningKey``)."""

    hosted_zone: IHostedZone
    kms_key: IKey
    key_signing_key_name: str | None = None
    status: KeySigningKeyStatus | None = None


@structs.frozen(kw_only=True)
class HealthCheckProps:
    """The properties of a ``HealthCheck`` (see ``HealthCheck`` for each keyword)."""

    type: HealthCheckType
    alarm_identifier: AlarmIdentifier | None = None
    child_health_checks: Sequence[IHealthCheck] | None = None
    enable_sni: bool | None = None
    failure_threshold: int | float | None = None
    fqdn: str | None = None
    health_threshold: int | float | None = None
    insufficient_data_health_status: InsufficientDataHealthStatusEnum | None = None
    inverted: bool | None = None
    ip_address: str | None = None
    measure_latency: bool | None = None
    port: int | float | None = None
    regions: Sequence[str] | None = None
    request_interval: Duration | None = None
    resource_path: str | None = None
    routing_control: str | None = None
    search_string: str | None = None


@structs.frozen(kw_only=True)
class CrossAccountZoneDelegationRecordProps:
    """The properties of a ``CrossAccountZoneDelegationRecord`` (see the class for each keyword)."""

    delegated_zone: IHostedZone
    delegation_role: IRole
    assume_role_region: str | None = None
    parent_hosted_zone_id: str | None = None
    parent_hosted_zone_name: str | None = None
    removal_policy: RemovalPolicy | None = None
    ttl: Duration | None = None


@structs.frozen(kw_only=True)
class VpcEndpointServiceDomainNameProps:
    """The properties of a ``VpcEndpointServiceDomainName``.

    Args:
        domain_name: the private DNS name.
        endpoint_service: the VPC endpoint service.
        public_hosted_zone: the public zone the verification record goes in.
    """

    domain_name: str
    endpoint_service: IVpcEndpointService
    public_hosted_zone: IPublicHostedZone





@structs.frozen(kw_only=True)
class RecordSetOptions:
    """The properties of every record (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class RecordSetProps:
    """The properties of ``RecordSet`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    record_type: RecordType
    target: RecordTarget
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class ARecordProps:
    """The properties of ``ARecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    target: RecordTarget
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class ARecordAttrs:
    """The properties of ``ARecord.from_a_record_attributes`` (see ``RecordSet`` for the common keywords).

    Args:
        target_dns: the DNS name or IP address the existing A record points to.
    """

    zone: IHostedZone
    target_dns: str
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class AaaaRecordProps:
    """The properties of ``AaaaRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    target: RecordTarget
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class CnameRecordProps:
    """The properties of ``CnameRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    domain_name: str
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class TxtRecordProps:
    """The properties of ``TxtRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[str]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class SrvRecordProps:
    """The properties of ``SrvRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[SrvRecordValue]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class CaaRecordProps:
    """The properties of ``CaaRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[CaaRecordValue]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class CaaAmazonRecordProps:
    """The properties of ``CaaAmazonRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class MxRecordProps:
    """The properties of ``MxRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[MxRecordValue]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class NsRecordProps:
    """The properties of ``NsRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[str]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class DsRecordProps:
    """The properties of ``DsRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[str]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class SvcbRecordProps:
    """The properties of ``SvcbRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    values: Sequence[SvcbRecordValue]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class HttpsRecordProps:
    """The properties of ``HttpsRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    target: RecordTarget | None = None
    ttl: Duration | None = None
    values: Sequence[HttpsRecordValue] | None = None
    weight: int | float | None = None


@structs.frozen(kw_only=True)
class ZoneDelegationRecordProps:
    """The properties of ``ZoneDelegationRecord`` (see ``RecordSet`` for the common keywords)."""

    zone: IHostedZone
    name_servers: Sequence[str]
    cidr_routing_config: CidrRoutingConfig | None = None
    comment: str | None = None
    delete_existing: bool | None = None
    failover: Failover | None = None
    geo_location: GeoLocation | None = None
    health_check: IHealthCheck | None = None
    multi_value_answer: bool | None = None
    record_name: str | None = None
    region: str | None = None
    set_identifier: str | None = None
    ttl: Duration | None = None
    weight: int | float | None = None
