"""pycdk's L1 layer: one class per CloudFormation resource type, generated from the registry schemas.

Each service namespace is a module (``l1.s3``, ``l1.lambda_``, ``l1.sam``, ``l1.alexa_ask``, ...); see
:mod:`l1._codegen.naming` for the naming rules and ``l1._index`` for the list of modules and the module of
every resource type. ``import l1`` loads no service module: ``l1.s3`` and ``from l1 import s3`` import that
one module on first use.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from pycdk._constructs_guard import check_constructs as _check_constructs

_check_constructs()  # PyPI's jsii `constructs` where pycdk's core should be: an ImportError saying how to fix it
__all__: list[str] = []


def __getattr__(name: str) -> ModuleType:
    if not name.startswith("_"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    from l1._index import MODULES

    return sorted(set(globals()) | set(MODULES))
