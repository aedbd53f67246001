"""``RecordSet`` and the typed records (A, AAAA, CNAME, TXT, SRV, CAA, MX, NS, DS, SVCB, HTTPS, delegations)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Annotations, Duration, Names, Resource, Token, ValidationError
from constructs.internals import check_deprecated_props
from l1.route53 import CfnRecordSet
from l2.route53._interfaces import RecordSetReference
from l2.route53._types import CaaRecordValue, CaaTag, Failover, RecordType
from l2.route53._util import fully_qualified_domain_name

if TYPE_CHECKING:
    from constructs import Construct
    from l2.route53._geo import CidrRoutingConfig, GeoLocation
    from l2.route53._interfaces import IAliasRecordTarget, IHealthCheck, IHostedZone, IRecordSet
    from l2.route53._types import AliasRecordTargetConfig, MxRecordValue, SrvRecordValue
    from l2.route53._values import HttpsRecordValue, SvcbRecordValue


class RecordTarget:
    """What a record answers: values, or an alias target.

    Args:
        values: the record's literal values (their format depends on the record type).
        alias_target: the AWS resource the record is an alias of (instead of ``values``).
    """

    def __init__(self, values: Sequence[str] | None = None, alias_target: IAliasRecordTarget | None = None) -> None:
        self.values = list(values) if values is not None else None
        self.alias_target = alias_target

    @staticmethod
    def from_values(*values: str) -> RecordTarget:
        """Plain values (their format depends on the record type)."""
        return RecordTarget(list(values))

    @staticmethod
    def from_alias(alias_target: IAliasRecordTarget) -> RecordTarget:
        """An alias to an AWS resource (``aws_route53_targets``)."""
        return RecordTarget(None, alias_target)

    @staticmethod
    def from_ip_addresses(*ip_addresses: str) -> RecordTarget:
        """IP addresses (A and AAAA records)."""
        return RecordTarget.from_values(*ip_addresses)


class RecordSet(Resource):
    """A DNS record set in a hosted zone.

    Args:
        scope: the parent construct.
        id: the construct id.
        record_type: the record type.
        target: the values or alias target.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.RecordSet"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        record_type: RecordType,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        check_deprecated_props("aws_route53.RecordSetProps", locals())
        super().__init__(scope, id)
        if weight and not Token.is_unresolved(weight) and (weight < 0 or weight > 255):
            raise ValidationError(f"weight must be between 0 and 255 inclusive, got: {_js_num(weight)}", self)
        if set_identifier and (len(set_identifier) < 1 or len(set_identifier) > 128):
            raise ValidationError(
                f"setIdentifier must be between 1 and 128 characters long, got: {len(set_identifier)}", self
            )
        if (set_identifier and weight is None and not geo_location and not region and not multi_value_answer
                and not cidr_routing_config and not failover):
            raise ValidationError("setIdentifier can only be specified for non-simple routing policies", self)
        if multi_value_answer and target.alias_target:
            raise ValidationError("multiValueAnswer cannot be specified for alias record", self)
        if failover and multi_value_answer:
            raise ValidationError("Cannot use both failover and multiValueAnswer routing policies", self)
        policies = [geo_location, region, weight, multi_value_answer, cidr_routing_config, failover]
        if sum(p is not None for p in policies) > 1:
            raise ValidationError(
                "Only one of region, weight, multiValueAnswer, geoLocation, cidrRoutingConfig, or failover can be "
                "defined", self
            )
        if failover is Failover.PRIMARY and not health_check and not target.alias_target:
            raise ValidationError("PRIMARY failover record sets must include a health check", self)
        if failover and target.alias_target:
            config = target.alias_target.bind(self, zone)
            if (config and not Token.is_unresolved(config.evaluate_target_health)
                    and config.evaluate_target_health is not True):
                raise ValidationError("Failover alias record sets must set EvaluateTargetHealth to true", self)
        self.record_type = record_type
        self._geo_location = geo_location
        self._weight = weight
        self._region = region
        self._multi_value_answer = multi_value_answer
        self._failover = failover

        rendered_ttl = None if target.alias_target else str(_js_num(ttl.to_seconds() if ttl else 1800))
        if target.alias_target and ttl is not None:
            Annotations.of(self).add_warning_v2(
                "aws-cdk-lib/aws-route53:ttlIgnored", "Ignoring ttl since 'target' uses an alias target"
            )
        name = fully_qualified_domain_name(record_name or zone.zone_name, zone)
        alias = target.alias_target.bind(self, zone) if target.alias_target else None
        resource = CfnRecordSet(
            self,
            "Resource",
            hosted_zone_id=zone.hosted_zone_id,
            name=name,
            type=record_type.value,
            resource_records=target.values,
            alias_target=_alias_property(alias) if alias is not None else None,
            ttl=rendered_ttl,
            comment=comment,
            geo_location=CfnRecordSet.GeoLocationProperty(
                continent_code=geo_location.continent_code,
                country_code=geo_location.country_code,
                subdivision_code=geo_location.subdivision_code,
            ) if geo_location else None,
            multi_value_answer=multi_value_answer,
            set_identifier=set_identifier if set_identifier is not None else self._configure_set_identifier(),
            weight=weight,
            region=region,
            health_check_id=health_check.health_check_id if health_check is not None else None,
            cidr_routing_config=CfnRecordSet.CidrRoutingConfigProperty(
                collection_id=cidr_routing_config.collection_id, location_name=cidr_routing_config.location_name
            ) if cidr_routing_config is not None else None,
            failover=failover.value if failover is not None else None,
        )
        self.domain_name: str = resource.ref
        if delete_existing:
            from l2.route53._delete_existing import delete_existing_record_set

            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-route53:deleteExisting", "deleteExisting field is deprecated do not use it"
            )
            delete_existing_record_set(self, resource, zone, name, record_type.value)

    @property
    def record_set_ref(self) -> RecordSetReference:
        """The record's name and type."""
        return RecordSetReference(record_set_name=self.domain_name, type=self.record_type.value)

    def _configure_set_identifier(self) -> str | None:
        if self._failover is not None:
            return self._identifier(f"FAILOVER_{self._failover.value}_ID_")
        if self._geo_location:
            identifier = "GEO"
            if self._geo_location.continent_code:
                identifier += "_CONTINENT_" + self._geo_location.continent_code
            if self._geo_location.country_code:
                identifier += "_COUNTRY_" + self._geo_location.country_code
            if self._geo_location.subdivision_code:
                identifier += "_SUBDIVISION_" + self._geo_location.subdivision_code
            return identifier
        if self._weight is not None:
            if Token.is_unresolved(self._weight):
                return self._identifier("WEIGHT_XXX_ID_").replace("XXX", Token.as_string(self._weight), 1)
            return self._identifier(f"WEIGHT_{_js_num(self._weight)}_ID_")
        if self._region:
            return self._identifier(f"REGION_{self._region}_ID_")
        if self._multi_value_answer:
            return self._identifier("MVA_ID_")
        return None

    def _identifier(self, prefix: str) -> str:
        return prefix + Names.unique_resource_name(self, max_length=64 - len(prefix))


def _js_num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _alias_property(config: AliasRecordTargetConfig) -> CfnRecordSet.AliasTargetProperty:
    return CfnRecordSet.AliasTargetProperty(
        dns_name=config.dns_name,
        hosted_zone_id=config.hosted_zone_id,
        evaluate_target_health=config.evaluate_target_health,
    )


def _format_txt(value: str) -> str:
    chunks = [value[i:i + 255] for i in range(0, len(value), 255)] or []
    return "".join(json.dumps(chunk, ensure_ascii=False) for chunk in chunks)


class _ARecordAsAliasTarget:
    def __init__(self, target_dns: str, zone: IHostedZone) -> None:
        self._target_dns = target_dns
        self._zone = zone

    def bind(self, record: IRecordSet, zone: IHostedZone | None = None) -> AliasRecordTargetConfig:
        from l2.route53._types import AliasRecordTargetConfig

        if zone is None:
            raise ValidationError("Cannot bind to record without a zone", record)  # type: ignore[arg-type]
        return AliasRecordTargetConfig(dns_name=self._target_dns, hosted_zone_id=self._zone.hosted_zone_id)


class ARecord(RecordSet):
    """An A record (IPv4 addresses or an alias).

    Args:
        scope: the parent construct.
        id: the construct id.
        target: the IP addresses or alias target.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.ARecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.A, target=target,
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

    @staticmethod
    def from_a_record_attributes(
        scope: Construct,
        id: str,
        *,
        target_dns: str,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> ARecord:
        """An A record aliased to another record (``target_dns``) of the zone."""
        return ARecord(
            scope, id, target=RecordTarget.from_alias(_ARecordAsAliasTarget(target_dns, zone)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class AaaaRecord(RecordSet):
    """An AAAA record (IPv6 addresses or an alias).

    Args:
        scope: the parent construct.
        id: the construct id.
        target: the IP addresses or alias target.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.AaaaRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: RecordTarget,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.AAAA, target=target,
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class CnameRecord(RecordSet):
    """A CNAME record.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain_name: the canonical name.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.CnameRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain_name: str,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.CNAME, target=RecordTarget.from_values(domain_name),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class TxtRecord(RecordSet):
    """A TXT record (values longer than 255 characters are split into strings).

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the texts.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.TxtRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.TXT,
            target=RecordTarget.from_values(*(_format_txt(v) for v in values)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class SrvRecord(RecordSet):
    """An SRV record.

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the servers.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.SrvRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[SrvRecordValue],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.SRV,
            target=RecordTarget.from_values(
                *(f"{_js_num(v.priority)} {_js_num(v.weight)} {_js_num(v.port)} {v.host_name}" for v in values)
            ),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class CaaRecord(RecordSet):
    """A CAA record: which certificate authorities may issue certificates for the domain.

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the CAA values.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.CaaRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[CaaRecordValue],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.CAA,
            target=RecordTarget.from_values(*(f'{_js_num(v.flag)} {v.tag.value} "{v.value}"' for v in values)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class MxRecord(RecordSet):
    """An MX record.

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the mail servers.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.MxRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[MxRecordValue],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.MX,
            target=RecordTarget.from_values(*(f"{_js_num(v.priority)} {v.host_name}" for v in values)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class NsRecord(RecordSet):
    """An NS record.

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the name servers.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.NsRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.NS, target=RecordTarget.from_values(*values),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class DsRecord(RecordSet):
    """A DS record (a delegated zone's key).

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the DS values.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.DsRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.DS, target=RecordTarget.from_values(*values),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class SvcbRecord(RecordSet):
    """An SVCB record.

    Args:
        scope: the parent construct.
        id: the construct id.
        values: the SVCB values.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.SvcbRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        values: Sequence[SvcbRecordValue],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.SVCB, target=RecordTarget.from_values(*(v.to_string() for v in values)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )

class HttpsRecord(RecordSet):
    """An HTTPS record (values, or an alias target).

    Args:
        scope: the parent construct.
        id: the construct id.
        target: an alias target (exactly one of ``target`` and ``values``).
        values: the HTTPS values.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.HttpsRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: RecordTarget | None = None,
        values: Sequence[HttpsRecordValue] | None = None,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.HTTPS,
            target=target if target is not None else RecordTarget.from_values(*(v.to_string() for v in values or [])),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )
        if (values is not None) == (target is not None):
            raise ValidationError("Specify exactly one of either values or target.", self)

class ZoneDelegationRecord(RecordSet):
    """An NS record that delegates a subdomain to other name servers.

    Args:
        scope: the parent construct.
        id: the construct id.
        name_servers: the delegated zone's name servers.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.ZoneDelegationRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name_servers: Sequence[str],
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, record_type=RecordType.NS,
            target=RecordTarget.from_values(*_name_servers(name_servers)),
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl or Duration.days(2), weight=weight,
        )

class CaaAmazonRecord(CaaRecord):
    """A CAA record that lets only Amazon issue certificates for the domain.

    Args:
        scope: the parent construct.
        id: the construct id.
        zone: the hosted zone the record goes in.
        cidr_routing_config: answer for a CIDR collection location (IP-based routing).
        comment: a comment.
        delete_existing: delete an existing record of the same name and type first (deprecated, dangerous).
        failover: the record's role in failover routing.
        geo_location: answer queries from this location (geolocation routing).
        health_check: answer only while this health check passes.
        multi_value_answer: return several healthy values (multivalue answer routing).
        record_name: the name, relative to the zone or absolute with a trailing dot (default the zone's apex).
        region: answer queries nearest to this region (latency routing).
        set_identifier: distinguishes records of the same name and type (default generated).
        ttl: the time to live (default 30 minutes; none for alias records).
        weight: the share of queries this record answers, 0-255 (weighted routing).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-route53.CaaAmazonRecord"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        zone: IHostedZone,
        cidr_routing_config: CidrRoutingConfig | None = None,
        comment: str | None = None,
        delete_existing: bool | None = None,
        failover: Failover | None = None,
        geo_location: GeoLocation | None = None,
        health_check: IHealthCheck | None = None,
        multi_value_answer: bool | None = None,
        record_name: str | None = None,
        region: str | None = None,
        set_identifier: str | None = None,
        ttl: Duration | None = None,
        weight: int | float | None = None,
    ) -> None:
        super().__init__(
            scope, id, values=[CaaRecordValue(flag=0, tag=CaaTag.ISSUE, value="amazon.com")],
            zone=zone, cidr_routing_config=cidr_routing_config, comment=comment,
            delete_existing=delete_existing, failover=failover, geo_location=geo_location, health_check=health_check,
            multi_value_answer=multi_value_answer, record_name=record_name, region=region,
            set_identifier=set_identifier, ttl=ttl, weight=weight,
        )


def _name_servers(name_servers: Sequence[str]) -> list[str]:
    if Token.is_unresolved(name_servers):
        return name_servers  # type: ignore[return-value]
    return [ns if Token.is_unresolved(ns) or ns.endswith(".") else f"{ns}." for ns in name_servers]
