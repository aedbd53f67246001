"""``USER_SUITE_ALL_L1=1``: import every pycdk L1 module first, as a large project (or this repo's own suite) does."""

from __future__ import annotations

import importlib
import os
import pkgutil

if os.environ.get("USER_SUITE_ALL_L1") == "1":
    import l1

    for _module in pkgutil.iter_modules(l1.__path__):
        if not _module.name.startswith("_"):
            importlib.import_module(f"l1.{_module.name}")
