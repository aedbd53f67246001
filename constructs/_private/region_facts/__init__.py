"""The region facts of aws-cdk-lib 2.275.0 (the core's copy of ``region-info``'s database).

``Stack.regional_fact`` and the ``AWS::CDK::Metadata`` availability need the facts, and the core cannot import
``l2.region_info``; so the data file, its loader, its extraction script and the regional lookup live here, and
``l2.region_info`` reads them through ``constructs.internals.region_facts``.

- ``facts`` — ``database()`` (region → fact name → value, mutable by ``Fact.register``), ``aws_regions()``,
  ``DATA_FILE``;
- ``lookup`` — ``find``, ``fact_regions``, ``region_map``, ``limited_region_map``, ``partition_information`` and
  ``regional_fact(stack, fact_name, default_value)``;
- ``extract`` — ``python -m constructs._private.region_facts.extract`` regenerates ``facts.json.gz``.
"""

from __future__ import annotations

from .facts import DATA_FILE, aws_regions, database
from .lookup import fact_regions, find, limited_region_map, partition_information, region_map, regional_fact

__all__ = ["DATA_FILE", "aws_regions", "database", "fact_regions", "find", "limited_region_map",
           "partition_information", "region_map", "regional_fact"]
