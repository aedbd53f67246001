"""The regional lookups: ``find``, region maps and ``regional_fact`` (aws-cdk-lib's ``Stack.regionalFact``).

A stack with a concrete region gets the value; a region-agnostic stack gets the value when every region has the
same one (after replacing region names and URL suffixes by ``AWS::Region`` / ``AWS::URLSuffix``), else a
``Fn::FindInMap`` on a ``<Fact>Map`` ``CfnMapping`` added to the stack (one per fact class, keyed by region).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .facts import aws_regions, database

if TYPE_CHECKING:
    from constructs import Stack

TARGET_PARTITIONS = "@aws-cdk/core:target-partitions"
DOMAIN_SUFFIX = "domainSuffix"

_PARTITIONS: tuple[tuple[str, str, str], ...] = (
    ("cn-", "aws-cn", "amazonaws.com.cn"),
    ("us-gov-", "aws-us-gov", "amazonaws.com"),
    ("us-iso-", "aws-iso", "c2s.ic.gov"),
    ("us-isob-", "aws-iso-b", "sc2s.sgov.gov"),
    ("us-isof-", "aws-iso-f", "csp.hci.ic.gov"),
    ("eu-isoe-", "aws-iso-e", "cloud.adc-e.uk"),
    ("eusc-de-", "aws-eusc", "amazonaws.eu"),
)


def partition_information(region: str) -> tuple[str, str]:
    """The partition and domain suffix of a region, from its name (aws-cdk-lib's prefix table)."""
    for prefix, partition, suffix in _PARTITIONS:
        if region.startswith(prefix):
            return partition, suffix
    return "aws", "amazonaws.com"


def find(region: str, name: str) -> str | None:
    """The value of fact ``name`` in ``region``, or None."""
    facts = database().get(region)
    return facts.get(name) if facts else None


def fact_regions() -> list[str]:
    """Every region with facts: aws-cdk-lib's known regions, sorted, then any other registered."""
    return list(dict.fromkeys([*aws_regions(), *database()]))


def region_map(fact_name: str) -> dict[str, str]:
    """Region → value of ``fact_name``, for every region that has it."""
    out: dict[str, str] = {}
    for region in fact_regions():
        value = find(region, fact_name)
        if value:
            out[region] = value
    return out


def limited_region_map(fact_name: str, partitions: Sequence[str]) -> dict[str, str]:
    """``region_map`` limited to the regions of ``partitions``."""
    return {r: v for r, v in region_map(fact_name).items() if partition_information(r)[0] in partitions}


def regional_fact(stack: Stack, fact_name: str, default_value: str | None = None) -> str:
    """The value of ``fact_name`` for ``stack``'s region (a token in a region-agnostic stack).

    Raises:
        ValidationError: the region is known and has no such fact (and no default is given).
    """
    from constructs import Token, ValidationError

    region = stack.region
    if not Token.is_unresolved(region):
        value = find(region, fact_name)
        if value is None:
            value = default_value
        if value is None:
            raise ValidationError(f"region-info: don't know {fact_name} for region {region}. Use 'Fact.register' to "
                                  "provide this value.", stack)
        return value
    partitions = stack.node.try_get_context(TARGET_PARTITIONS)
    if partitions is not None and partitions != "undefined" and not isinstance(partitions, list):
        raise ValidationError(f"Context value '{TARGET_PARTITIONS}' should be a list of strings, got: "
                              f"{_json(partitions)}", stack)
    lookup = (limited_region_map(fact_name, partitions)
              if partitions is not None and partitions != "undefined" else region_map(fact_name))
    return _deploy_time_lookup(stack, fact_name, lookup, default_value)


def _json(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"))


def _deploy_time_lookup(stack: Stack, fact_name: str, lookup: dict[str, str], default_value: str | None) -> str:
    from constructs import Aws, CfnMapping, UnscopedValidationError

    if not lookup:
        if default_value is None:
            raise UnscopedValidationError(
                f"region-info: don't have any information for {fact_name}. Use 'Fact.register' to provide values, "
                f"or add partitions to the '{TARGET_PARTITIONS}' context value.")
        return default_value
    pattern = _value_pattern(lookup)
    if pattern is not None:
        return pattern
    # aws-cdk-lib destructures ``factName.split(':')``: the class and the second part only ("a:b:c" → "b")
    parts = fact_name.split(":")
    fact_class, fact_param = parts[0], (parts[1] if len(parts) > 1 else "")
    map_id = f"{fact_class[:1].upper()}{fact_class[1:]}Map"
    key = re.sub(r"[^a-zA-Z0-9]", "x", fact_param) if fact_param else "value"
    existing = stack.node.try_find_child(map_id)
    mapping = existing if isinstance(existing, CfnMapping) else CfnMapping(stack, map_id)
    for region, value in lookup.items():
        mapping.set_value(region, key, value)
    return mapping.find_in_map(Aws.REGION, key)


def _url_suffix(region: str) -> str:
    return find(region, DOMAIN_SUFFIX) or "amazonaws.com"


def _value_pattern(lookup: dict[str, str]) -> str | None:
    from constructs import Aws

    simplified = dict(lookup)
    suffixes = [_url_suffix(r) for r in simplified]
    if len(set(suffixes)) > 1 and all(_url_suffix(r) in v for r, v in simplified.items()):
        simplified = {r: v.replace(_url_suffix(r), Aws.URL_SUFFIX) for r, v in simplified.items()}
    if all(r in v for r, v in simplified.items()):
        simplified = {r: v.replace(r, Aws.REGION) for r, v in simplified.items()}
    values = list(simplified.values())
    return values[0] if all(v == values[0] for v in values) else None
