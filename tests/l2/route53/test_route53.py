"""``l2.route53``: validation errors (aws-cdk-lib 2.275's messages, checked with the oracle), record names,
set identifiers, lookups through the context, interfaces."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import iam, kms, route53


def _zone(stack: Stack) -> route53.PublicHostedZone:
    return route53.PublicHostedZone(stack, "Z", zone_name="example.com")


def _ip() -> route53.RecordTarget:
    return route53.RecordTarget.from_ip_addresses("1.1.1.1")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"weight": 300}, "weight must be between 0 and 255 inclusive, got: 300"),
        ({"set_identifier": "x"}, "setIdentifier can only be specified for non-simple routing policies"),
        ({"weight": 1, "region": "us-east-1"},
         "Only one of region, weight, multiValueAnswer, geoLocation, cidrRoutingConfig, or failover can be defined"),
        ({"failover": route53.Failover.PRIMARY}, "PRIMARY failover record sets must include a health check"),
    ],
)
def test_record_validation_names_the_record(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        route53.ARecord(stack, "R", zone=_zone(stack), target=_ip(), **kwargs)
    assert "S/R" in str(info.value)


def test_https_record_needs_exactly_one_of_values_and_target(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Specify exactly one of either values or target."):
        route53.HttpsRecord(stack, "R", zone=_zone(stack))


def test_dnssec_only_once(stack: Stack) -> None:
    zone = _zone(stack)
    key = kms.Key(stack, "K")
    zone.enable_dnssec(kms_key=key)
    with pytest.raises(ValidationError, match="DNSSEC is already enabled for this hosted zone"):
        zone.enable_dnssec(kms_key=key)


def test_zone_imported_by_id_has_no_name(stack: Stack) -> None:
    zone = route53.HostedZone.from_hosted_zone_id(stack, "I", "Z1")
    with pytest.raises(ValidationError, match=r"Cannot reference `zoneName` when using `HostedZone.fromHostedZoneId"):
        _ = zone.zone_name
    assert isinstance(zone, route53.IHostedZone)


@pytest.mark.parametrize(
    ("name", "message"),
    [("a" * 64 + ".com", "zone name labels cannot be more than 63 bytes long"),
     ("a b.com", "zone names can only contain a-z, 0-9"),
     (".".join(["a" * 60] * 5), "zone name cannot be more than 255 bytes long")],
)
def test_zone_name_validation(stack: Stack, name: str, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message):
        route53.PublicHostedZone(stack, "Z", zone_name=name)


@pytest.mark.parametrize(
    ("name", "message"),
    [("Sub.example.com", "delegated zone name cannot contain uppercase characters"),
     ("sub.other.com", "delegated zone name must be suffixed by parent zone name"),
     ("example.com", "delegated zone name cannot be the same as the parent zone name"),
     ("sub.example.com.", "delegated zone name cannot have a trailing period")],
)
def test_delegated_zone_names_are_validated(stack: Stack, name: str, message: str) -> None:
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    with pytest.raises(UnscopedValidationError, match=message):
        _zone(stack).grant_delegation(role, delegated_zone_names=[name])


def test_geolocation_and_cidr_validation() -> None:
    with pytest.raises(UnscopedValidationError, match="Invalid country format for country: fra"):
        route53.GeoLocation.country("fra")
    with pytest.raises(UnscopedValidationError, match="Invalid country for subdivisions geolocation: FR"):
        route53.GeoLocation.subdivision("WA", "FR")
    with pytest.raises(UnscopedValidationError, match=r"collectionId\(nope\) is required and must be a valid UUID"):
        route53.CidrRoutingConfig.create(collection_id="nope")


def test_public_zone_rejects_vpcs_and_role_name_without_principal(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="crossAccountZoneDelegationRoleName property is not supported"):
        route53.PublicHostedZone(stack, "Z", zone_name="example.com", cross_account_zone_delegation_role_name="x")


def test_cross_account_record_needs_one_parent(stack: Stack) -> None:
    zone = _zone(stack)
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    with pytest.raises(ValidationError, match="At least one of parentHostedZoneName or parentHostedZoneId is required"):
        route53.CrossAccountZoneDelegationRecord(stack, "D", delegated_zone=zone, delegation_role=role)
    with pytest.raises(ValidationError, match="Only one of parentHostedZoneName and parentHostedZoneId is supported"):
        route53.CrossAccountZoneDelegationRecord(stack, "E", delegated_zone=zone, delegation_role=role,
                                                 parent_hosted_zone_id="Z1", parent_hosted_zone_name="p.com")


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        route53.ARecord(stack, "R", zone="example.com", target=_ip())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record_name", "expected"),
    [(None, "example.com."), ("www", "www.example.com."), ("www.example.com", "www.example.com."),
     ("other.org.", "other.org.")],
)
def test_record_names_are_fully_qualified(stack: Stack, synth: Callable[..., Any], record_name: str | None,
                                          expected: str) -> None:
    route53.ARecord(stack, "R", zone=_zone(stack), record_name=record_name, target=_ip())
    (record,) = [r for r in synth(stack)["Resources"].values() if r["Type"] == "AWS::Route53::RecordSet"]
    assert record["Properties"]["Name"] == expected
    assert record["Properties"]["TTL"] == "1800"


def test_from_lookup_records_missing_context_and_uses_a_dummy() -> None:
    app = App()
    stack = Stack(app, "S", env={"account": "111111111111", "region": "eu-west-1"})
    zone = route53.HostedZone.from_lookup(stack, "L", domain_name="example.com", private_zone=True)
    assert zone.hosted_zone_id == "DUMMY"
    assert zone.zone_name == "example.com"
    missing = app.synth().manifest["missing"]
    assert missing[0]["provider"] == "hosted-zone"
    assert missing[0]["key"] == "hosted-zone:account=111111111111:domainName=example.com:privateZone=true:region=eu-west-1"
    with pytest.raises(ValidationError, match="Cannot use undefined value for attribute `domainName`"):
        route53.HostedZone.from_lookup(stack, "M", domain_name="")


def test_from_lookup_reads_the_context() -> None:
    app = App(context={"hosted-zone:account=111111111111:domainName=example.com:region=eu-west-1":
                       {"Id": "/hostedzone/Z123", "Name": "example.com."}})
    stack = Stack(app, "S", env={"account": "111111111111", "region": "eu-west-1"})
    zone = route53.HostedZone.from_lookup(stack, "L", domain_name="example.com")
    assert (zone.hosted_zone_id, zone.zone_name) == ("Z123", "example.com")


def test_interfaces_are_satisfied(stack: Stack) -> None:
    zone = _zone(stack)
    record = route53.ARecord(stack, "R", zone=zone, target=_ip())
    check = route53.HealthCheck(stack, "H", type=route53.HealthCheckType.TCP, fqdn="x.example.com", port=80)
    assert isinstance(zone, route53.IPublicHostedZone)
    assert isinstance(record, route53.IRecordSet)
    assert isinstance(check, route53.IHealthCheck)
    assert record.record_set_ref.type == "A"
