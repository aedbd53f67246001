"""``FunctionRuntime``: the runtime of JavaScript resolvers and functions."""

from __future__ import annotations

import enum
from typing import ClassVar

from l2.appsync._types import RuntimeConfig


class FunctionRuntimeFamily(enum.Enum):
    """A family of AppSync runtimes."""

    JS = "APPSYNC_JS"


class FunctionRuntime:
    """The runtime of a resolver's or function's code.

    Args:
        family: the runtime family.
        version: the runtime version.
    """

    JS_1_0_0: ClassVar[FunctionRuntime]
    """``APPSYNC_JS`` 1.0.0."""

    def __init__(self, family: FunctionRuntimeFamily, version: str) -> None:
        self.name: str = family.value
        self.version: str = version

    def to_properties(self) -> RuntimeConfig:
        """The runtime as the L1 resources take it."""
        return RuntimeConfig(name=self.name, runtime_version=self.version)


FunctionRuntime.JS_1_0_0 = FunctionRuntime(FunctionRuntimeFamily.JS, "1.0.0")
