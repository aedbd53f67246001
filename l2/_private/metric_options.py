"""The ``MetricOptions`` keywords a metric method was called with, for the L2 packages' metric methods.

The metric methods spell out aws-cdk-lib's ``MetricOptions`` keywords (``account``, ``color``, ... ``visible``) in
their signatures and pass ``locals()`` here to collect the ones that were given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def given_options(values: Mapping[str, Any], *skip: str) -> dict[str, Any]:
    """``values`` (a method's ``locals()``) without ``self``, the names in ``skip`` and the unset (None) ones."""
    return {k: v for k, v in values.items() if v is not None and k != "self" and k not in skip}
