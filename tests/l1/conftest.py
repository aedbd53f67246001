"""Shared fixtures of the L1 tests."""

from __future__ import annotations

import pytest

from l1._codegen.model import Resource, build_all
from l1._codegen.schemas import SchemaSet, load_schema_set


@pytest.fixture(scope="session")
def schema_set() -> SchemaSet:
    """The pinned registry schemas (us-east-1 + SAM) from cfn-lint."""
    return load_schema_set()


@pytest.fixture(scope="session")
def resource_models(schema_set: SchemaSet) -> list[Resource]:
    """The generator's model of every resource type."""
    return list(build_all(schema_set.schemas))
