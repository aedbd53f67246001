"""``regional_fact``: a region fact for a stack, as aws-cdk-lib's ``Stack.regionalFact``.

A stack with a concrete region gets the value; a region-agnostic stack gets the value when every region has the
same one (after replacing region names and URL suffixes by ``AWS::Region`` / ``AWS::URLSuffix``), else a
``Fn::FindInMap`` on a ``<Fact>Map`` ``CfnMapping`` added to the stack (one per fact class, keyed by region).
"""

from __future__ import annotations

import re
from typing import Any

from constructs import Aws, CfnMapping, Stack, Token, UnscopedValidationError, ValidationError

from .._facts import Fact, RegionInfo

TARGET_PARTITIONS = "@aws-cdk/core:target-partitions"


def regional_fact(stack: Stack, fact_name: str, default_value: str | None = None) -> str:
    """The value of ``fact_name`` for ``stack``'s region (a token in a region-agnostic stack).

    Raises:
        ValidationError: the region is known and has no such fact (and no default is given).
    """
    region = stack.region
    if not Token.is_unresolved(region):
        value = Fact.find(region, fact_name)
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
    lookup = (RegionInfo.limited_region_map(fact_name, partitions)
              if partitions is not None and partitions != "undefined" else RegionInfo.region_map(fact_name))
    return _deploy_time_lookup(stack, fact_name, lookup, default_value)


def _json(value: Any) -> str:
    import json

    return json.dumps(value, separators=(",", ":"))


def _deploy_time_lookup(stack: Stack, fact_name: str, lookup: dict[str, str], default_value: str | None) -> str:
    if not lookup:
        if default_value is None:
            raise UnscopedValidationError(
                f"region-info: don't have any information for {fact_name}. Use 'Fact.register' to provide values, "
                f"or add partitions to the '{TARGET_PARTITIONS}' context value.")
        return default_value
    pattern = _value_pattern(lookup)
    if pattern is not None:
        return pattern
    fact_class, fact_param = fact_name.split(":", 1) if ":" in fact_name else (fact_name, "value")
    map_id = f"{fact_class[:1].upper()}{fact_class[1:]}Map"
    key = re.sub(r"[^a-zA-Z0-9]", "x", fact_param)
    existing = stack.node.try_find_child(map_id)
    mapping = existing if isinstance(existing, CfnMapping) else CfnMapping(stack, map_id)
    for region, value in lookup.items():
        mapping.set_value(region, key, value)
    return mapping.find_in_map(Aws.REGION, key)


def _url_suffix(region: str) -> str:
    return RegionInfo.get(region).domain_suffix or "amazonaws.com"


def _value_pattern(lookup: dict[str, str]) -> str | None:
    simplified = dict(lookup)
    suffixes = [_url_suffix(r) for r in simplified]
    if len(set(suffixes)) > 1 and all(_url_suffix(r) in v for r, v in simplified.items()):
        simplified = {r: v.replace(_url_suffix(r), Aws.URL_SUFFIX) for r, v in simplified.items()}
    if all(r in v for r, v in simplified.items()):
        simplified = {r: v.replace(r, Aws.REGION) for r, v in simplified.items()}
    values = list(simplified.values())
    return values[0] if all(v == values[0] for v in values) else None
