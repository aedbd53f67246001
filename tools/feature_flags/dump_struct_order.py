"""Print, as JSON, the order in which aws-cdk-lib's jsii structs hand their fields to JavaScript: for every jsii
struct of aws-cdk-lib 2.275.0, its fully qualified name and its Python field names in ``__init__`` order (base
structs' fields first). Run by ``dump_analytics`` with the oracle's interpreter, from outside /work/main."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sys


def main() -> None:
    import aws_cdk
    import jsii._reference_map as refs

    for info in pkgutil.iter_modules(aws_cdk.__path__):
        if not info.name.startswith("_"):
            try:
                importlib.import_module(f"aws_cdk.{info.name}")
            except Exception:  # an optional module that does not load offline
                continue
    out: dict[str, list[str]] = {}
    for fqn, cls in sorted(refs._data_types.items()):
        if not fqn.startswith("aws-cdk-lib"):
            continue
        params = list(inspect.signature(cls.__init__).parameters)
        out[fqn] = [p for p in params if p != "self"]
    json.dump(out, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main()
