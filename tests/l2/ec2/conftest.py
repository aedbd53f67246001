"""Fixtures: a fresh env-agnostic stack, and a VPC imported with one AZ."""

from __future__ import annotations

import pytest

from constructs import App, Stack


@pytest.fixture
def stack() -> Stack:
    """An env-agnostic stack named ``S`` in a fresh app."""
    return Stack(App(), "S")
