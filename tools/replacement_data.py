"""Write ``l1/_private/replacement.json``: which property changes replace a resource, per resource type.

Usage: ``python -m tools.replacement_data [--check]`` (``--check`` exits 1 when the committed file is stale).

The data comes from the registry schemas the L1 layer is generated from (:func:`l1._codegen.load_schema_set`:
the pinned cfn-lint's us-east-1 and SAM schemas plus the supplements), so ``pycdk diff`` marks replacements
without cfn-lint installed:

- ``createOnlyProperties``: changing the property always replaces the resource ("requires replacement");
- ``conditionalCreateOnlyProperties``: changing it replaces the resource for some values or transitions
  ("may cause replacement").

Each pointer ``/properties/A/B`` is kept as ``A/B`` (``*`` spans list items, as in the schemas). The file has one
resource type per line, so a regeneration shows as a readable diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().parent.parent / "l1" / "_private" / "replacement.json"


def _paths(pointers: list[str] | None) -> list[str]:
    found = []
    for pointer in pointers or []:
        if pointer.startswith("/properties/") and pointer[len("/properties/"):]:
            found.append(pointer[len("/properties/"):])
    return found


def build(schemas: dict[str, dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """``{type: {"replace": [...], "maybe": [...]}}`` for every type with create-only properties."""
    data: dict[str, dict[str, list[str]]] = {}
    for type_name, schema in sorted(schemas.items()):
        replace = _paths(schema.get("createOnlyProperties"))
        maybe = [p for p in _paths(schema.get("conditionalCreateOnlyProperties")) if p not in replace]
        entry = {key: value for key, value in (("replace", replace), ("maybe", maybe)) if value}
        if entry:
            data[type_name] = entry
    return data


def render(version: str, data: dict[str, dict[str, list[str]]]) -> str:
    """The file's text: a header object, then one line per type."""
    lines = [
        "{",
        f'"source": {json.dumps(f"cfn-lint {version} registry schemas, by python -m tools.replacement_data")},',
        '"types": {',
    ]
    items = list(data.items())
    for i, (type_name, entry) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"{json.dumps(type_name)}: {json.dumps(entry, separators=(',', ':'))}{comma}")
    lines += ["}", "}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write (or, with ``--check``, compare) the replacement data; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m tools.replacement_data", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args(argv)
    from l1._codegen import load_schema_set

    schema_set = load_schema_set()
    text = render(schema_set.version, build(schema_set.schemas))
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python -m tools.replacement_data", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text) / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
