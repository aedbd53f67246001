"""Fixtures of the graph tests: the in-memory apps of ``graph_apps`` synthesized once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_apps import big_app, orders_app


@pytest.fixture(scope="session")
def orders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cloud assembly of ``orders_app``."""
    return orders_app(tmp_path_factory.mktemp("orders") / "cdk.out")


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cloud assembly of ``big_app``: 200 resources in one stack."""
    return big_app(tmp_path_factory.mktemp("big") / "cdk.out")
