"""Print, as JSON, which classes of aws-cdk-lib's analytics table (``{"aws-cdk-lib.aws-ec2": ["ImportedSubnet", ...]}``
on stdin) the Python package does not export: instances of those classes report the jsii fqn of an exported base
(``aws-cdk-lib.Resource`` for ``ImportedSubnet``), which has no table, so they record ``"*"``. Run by
``dump_analytics`` with the oracle's interpreter, from outside /work/main."""

from __future__ import annotations

import importlib
import json
import sys


def main() -> None:
    wanted: dict[str, list[str]] = json.load(sys.stdin)
    out: list[str] = []
    for module, names in sorted(wanted.items()):
        _, *middle = module.split(".")
        try:
            python = importlib.import_module("aws_cdk" + "".join(f".{m.replace('-', '_')}" for m in middle))
        except Exception:  # a module that does not load offline
            continue
        out.extend(f"{module}.{name}" for name in names if not hasattr(python, name))
    json.dump(sorted(out), sys.stdout)


if __name__ == "__main__":
    main()
