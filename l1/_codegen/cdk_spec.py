"""Write ``supplement/definitions.json``: the property types aws-cdk-lib has that today's schemas lack.

aws-cdk-lib generates its L1 classes from aws-cdk's spec database (the npm package ``@aws-cdk/aws-service-spec``,
file ``db.json.gz``), which merges every registry schema and CloudFormation specification it has seen: it keeps
property types that a schema later dropped, renamed or inlined (``CfnBucket.TargetObjectKeyFormatProperty``,
``TagsItemsProperty`` classes, SAM's types under their specification names). This tool reads that database and,
for each resource type of our schema set, writes the type definitions whose class our model does not generate,
as registry-schema fragments the generator merges in (:func:`l1._codegen.model.build_all`).

Run it by hand when the pinned schemas change (the generator reads only the committed JSON)::

    npm pack @aws-cdk/aws-service-spec@0.1.216       # aws-cdk-lib 2.275.0 was built with 0.1.222; the newest
    tar xzf aws-cdk-aws-service-spec-0.1.216.tgz     # one the registry mirror offers is 0.1.216
    python -m l1._codegen.cdk_spec package/db.json.gz
    python -m l1._codegen

Conversion: ``string``/``date-time`` -> ``string``; ``integer``/``number``/``boolean`` as they are; ``json`` ->
an object without properties; ``tag`` -> a ``$ref`` to a ``{Key, Value}`` definition named ``Tag``; ``ref`` -> a
``$ref`` to the referenced definition (added too when the schema lacks it); ``array``/``map`` -> ``items`` /
``additionalProperties``; ``union`` -> ``anyOf``. ``required`` is kept.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from l1._codegen.model import build_all
from l1._codegen.schemas import SUPPLEMENT, load_schema_set

_PRIMITIVES = {"string": "string", "date-time": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_TAG = {"type": "object", "properties": {"Key": {"type": "string"}, "Value": {"type": "string"}}, "required": ["Key", "Value"]}


class _Converter:
    def __init__(self, types: dict[str, dict[str, Any]], schema_definitions: dict[str, Any]) -> None:
        self.types = types
        self.existing = schema_definitions
        self.out: dict[str, Any] = {}

    def definition(self, type_id: str, force: bool = False) -> str:
        """Write the definition of a spec type (unless the schema has one of that name) and return its name."""
        spec = self.types[type_id]
        name: str = spec["name"]
        if (force or name not in self.existing) and name not in self.out:
            self.out[name] = {}  # reserve first: definitions may refer to themselves
            props = {prop: self.type(p["type"]) for prop, p in sorted(spec["properties"].items())}
            fragment: dict[str, Any] = {"type": "object", "properties": props}
            required = sorted(prop for prop, p in spec["properties"].items() if p.get("required"))
            if required:
                fragment["required"] = required
            doc = spec.get("documentation")
            if isinstance(doc, str) and doc:
                fragment["description"] = doc.split("\n")[0][:300]
            self.out[name] = fragment
        return name

    def type(self, t: dict[str, Any]) -> dict[str, Any]:
        kind = t["type"]
        if kind in _PRIMITIVES:
            return {"type": _PRIMITIVES[kind]}
        if kind == "json":
            return {"type": "object"}
        if kind == "tag":
            if "Tag" not in self.existing:
                self.out.setdefault("Tag", _TAG)
            return {"$ref": "#/definitions/Tag"}
        if kind == "ref":
            return {"$ref": "#/definitions/" + self.definition(t["reference"]["$ref"])}
        if kind == "array":
            return {"type": "array", "items": self.type(t["element"])}
        if kind == "map":
            return {"type": "object", "additionalProperties": self.type(t["element"])}
        if kind == "union":
            return {"anyOf": [self.type(branch) for branch in t["types"]]}
        raise ValueError(f"unknown spec type {kind!r}")


def supplement(db_path: Path) -> dict[str, Any]:
    """``{"types": {type name: {"add": [definition names], "definitions": {name: schema}}}}``."""
    db = json.loads(gzip.open(db_path).read())["schema"]
    resources = {r["cloudFormationType"]: r for r in db["resource"]["entities"]}
    types = {t["$id"]: t for t in db["typeDefinition"]["entities"]}
    uses = {rid: [u["$id"] for u in used] for rid, used in db["usesType"]["forward"].items()}
    schema_set = load_schema_set()
    out: dict[str, Any] = {}
    for model in build_all(schema_set.schemas, supplement={}):
        resource = resources.get(model.type_name)
        if resource is None:
            continue
        have = {p.class_name for p in model.property_types}
        wanted = [tid for tid in uses.get(resource["$id"], []) if types[tid]["name"] + "Property" not in have]
        if not wanted:
            continue
        converter = _Converter(types, schema_set.schemas[model.type_name].get("definitions", {}))
        add = sorted({converter.definition(tid, force=True) for tid in wanted})
        out[model.type_name] = {"add": add, "definitions": dict(sorted(converter.out.items()))}
    return {"source": f"@aws-cdk/aws-service-spec {db_path}", "types": out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m l1._codegen.cdk_spec", description=__doc__)
    parser.add_argument("db", type=Path, help="db.json.gz of @aws-cdk/aws-service-spec")
    args = parser.parse_args(argv)
    data = supplement(args.db)
    data["source"] = "@aws-cdk/aws-service-spec 0.1.216 (db.json.gz)"
    path = SUPPLEMENT / "definitions.json"
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    added = sum(len(t["add"]) for t in data["types"].values())
    print(f"wrote {path}: {added} property types for {len(data['types'])} resource types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
