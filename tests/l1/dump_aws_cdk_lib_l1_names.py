#!/usr/bin/env python3
"""Write ``tests/l1/aws_cdk_lib_l1_names.json``: every L1 name aws-cdk-lib's Python API has.

Run with the oracle venv, as a script (never ``-m``: the repo root on ``sys.path`` would shadow PyPI's
``constructs`` with pycdk's)::

    .venvs/oracle/bin/python tests/l1/dump_aws_cdk_lib_l1_names.py

For each ``aws_cdk.<module>`` (``aws_*``, ``alexa_ask``, the other vendor modules) the list records each L1
resource class (a ``Cfn*`` class carrying ``CFN_RESOURCE_TYPE_NAME``) with its CloudFormation type, the sorted
names of its nested ``*Property`` classes, and the keyword arguments of its ``Cfn*Props`` struct (``null`` when
the module has no such struct). ``tests/l1/test_l1_names.py`` compares pycdk's ``l1`` modules with it.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "aws_cdk_lib_l1_names.json"


def l1_modules() -> list[str]:
    """The aws-cdk-lib modules that can hold L1 classes (top-level ``aws_cdk.<name>`` packages)."""
    names = set()
    for f in metadata.distribution("aws-cdk-lib").files or ():
        parts = f.parts
        if len(parts) == 3 and parts[0] == "aws_cdk" and parts[2] == "__init__.py" and not parts[1].startswith("_"):
            names.add(parts[1])
    return sorted(names)


def keyword_arguments(cls: type) -> list[str]:
    """The keyword-only parameters of ``cls``'s constructor, sorted."""
    params = inspect.signature(cls.__init__).parameters.values()
    return sorted(p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY)


def module_entry(mod: object) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for name, cls in sorted(vars(mod).items()):
        if not (name.startswith("Cfn") and inspect.isclass(cls) and cls.__module__ == mod.__name__):
            continue
        type_name = getattr(cls, "CFN_RESOURCE_TYPE_NAME", None)
        if not isinstance(type_name, str):
            continue
        nested = sorted(
            n for n, v in vars(cls).items() if inspect.isclass(v) and n.endswith("Property") and not n.startswith("_")
        )
        props = vars(mod).get(name + "Props")
        found[name] = {
            "type": type_name,
            "properties": nested,
            "props": keyword_arguments(props) if inspect.isclass(props) else None,
        }
    return found


def main() -> int:
    version = metadata.version("aws-cdk-lib")
    modules: dict[str, dict[str, dict[str, object]]] = {}
    for name in l1_modules():
        entry = module_entry(importlib.import_module(f"aws_cdk.{name}"))
        if entry:
            modules[name] = entry
    OUT.write_text(json.dumps({"version": version, "modules": modules}, indent=1, sort_keys=True) + "\n")
    classes = sum(len(m) for m in modules.values())
    nested = sum(len(c["properties"]) for m in modules.values() for c in m.values())
    print(f"aws-cdk-lib {version}: {len(modules)} modules, {classes} Cfn classes, {nested} nested Property classes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
