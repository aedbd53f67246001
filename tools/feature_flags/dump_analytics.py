"""Write ``constructs/_private/analytics_metadata.json`` from the oracle's aws-cdk-lib 2.275.0 package.

aws-cdk-lib records, with ``@aws-cdk/core:enableAdditionalMetadataCollection`` on, the props of its L2 constructors
as ``aws:cdk:analytics:construct`` metadata, redacted against a table of the keys it may keep
(``core/lib/analytics-data-source``: ``AWS_CDK_CONSTRUCTOR_PROPS`` and the enum values of ``AWS_CDK_ENUMS``), and
the arguments of the methods decorated ``@MethodMetadata()`` as ``aws:cdk:analytics:method`` metadata. This
reads that table and which classes record (their constructor calls ``addConstructMetadata(this, props)``; such
classes carry a ``PROPERTY_INJECTION_ID``) from the jsii bundle of the oracle venv, and keeps the aws-cdk-lib part; and the order in which jsii hands a struct's fields to JavaScript (the order
of the keys aws-cdk-lib records), from the oracle's Python structs (``dump_struct_order.py``); and the decorated
methods of each class with their Python parameters (``dump_method_params.py``).

Run from /work/main: ``python -m tools.feature_flags.dump_analytics`` (needs Node.js on PATH).
"""

from __future__ import annotations

import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / ".venvs/oracle/lib/python3.11/site-packages/aws_cdk/_jsii/aws-cdk-lib@2.275.0.jsii.tgz"
OUT = ROOT / "constructs/_private/analytics_metadata.json"
_PREFIX = "aws-cdk-lib."


def struct_order() -> dict[str, list[str]]:
    """The field order of aws-cdk-lib's non-L1 structs whose order is not alphabetical (by Python name)."""
    python = ROOT / ".venvs/oracle/bin/python"
    script = ROOT / "tools/feature_flags/dump_struct_order.py"
    # run outside the repository: pycdk's own ``constructs`` would shadow PyPI's
    text = subprocess.check_output([str(python), str(script)], cwd=tempfile.gettempdir(), stderr=subprocess.DEVNULL)
    order: dict[str, list[str]] = json.loads(text)
    return {k: v for k, v in order.items() if ".Cfn" not in k and v != sorted(v)}


_DECORATED = re.compile(r"_(\w+?)_decorators=\[\(0,metadata_resource_1\(\)\.MethodMetadata\)\(\)\]")
_RTTI = re.compile(r'JSII_RTTI_SYMBOL_1\]=\{fqn:"([^"]+)"')
_CLASS_START = re.compile(r"_classDecorators=|_instanceExtraInitializers=\[\]")


def decorated_methods(text: str, found: dict[str, list[str]]) -> None:
    """Add the ``@MethodMetadata()`` methods of the exported classes in one compiled module to ``found`` (by the
    class's jsii fqn, dashed as ``jsii_fqn`` spells it). A decorator belongs to the class whose jsii type info
    follows before the next class's decorators start (private classes have none and are left out)."""
    for m in _DECORATED.finditer(text):
        rtti = _RTTI.search(text, m.end())
        start = _CLASS_START.search(text, m.end())
        if rtti is None or (start is not None and start.start() < rtti.start()):
            continue
        head, _, rest = rtti.group(1).partition(".")
        fqn = f"{head}.{rest.replace('_', '-')}" if "." in rest else rtti.group(1)
        names = found.setdefault(fqn, [])
        if m.group(1) not in names:
            names.append(m.group(1))


def method_params(found: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    """``found`` with each method's Python parameters from the oracle (``dump_method_params.py``; ``None`` when
    the method has no Python binding)."""
    python = ROOT / ".venvs/oracle/bin/python"
    script = ROOT / "tools/feature_flags/dump_method_params.py"
    wanted = {f"{fqn.split('.', 1)[0]}.{fqn.split('.', 1)[1].replace('-', '_')}": v for fqn, v in found.items()}
    text = subprocess.check_output(
        [str(python), str(script)], input=json.dumps(wanted).encode(), cwd=tempfile.gettempdir(),
        stderr=subprocess.DEVNULL,
    )
    params: dict[str, dict[str, Any]] = json.loads(text)
    out: dict[str, dict[str, Any]] = {}
    for fqn, names in sorted(found.items()):
        known = params.get(f"{fqn.split('.', 1)[0]}.{fqn.split('.', 1)[1].replace('-', '_')}", {})
        out[fqn] = {n: known.get(n) for n in names}
    return out


_INJECTION_ID = re.compile(r'PROPERTY_INJECTION_ID="(aws-cdk-lib\.[^"]+)"')
_RTTI_THEN_ID = re.compile(
    r'JSII_RTTI_SYMBOL_1\]=\{fqn:"([^"]+)",version:"[^"]+"\};static PROPERTY_INJECTION_ID="(aws-cdk-lib\.[^"]+)"'
)


def recording_classes(text: str) -> set[str]:
    """The classes of one compiled module that carry a ``PROPERTY_INJECTION_ID`` (the module records), by their
    jsii fqn as ``jsii_fqn`` spells it (``aws-cdk-lib.aws-logs.LogGroup``). The id itself is not always the fqn
    (LogGroup's is ``aws-cdk-lib.aws-log.LogGroup``): the class's jsii type info, written just before it, is."""
    by_id = {i: fqn for fqn, i in _RTTI_THEN_ID.findall(text)}
    found: set[str] = set()
    for injection_id in _INJECTION_ID.findall(text):
        fqn = by_id.get(injection_id)
        if fqn is None:
            found.add(injection_id)
            continue
        head, _, rest = fqn.partition(".")
        module, _, name = rest.rpartition(".")
        found.add(f"{head}.{module.replace('_', '-')}.{name}" if module else fqn)
    return found


def unexported(classes: dict[str, dict[str, Any]]) -> list[str]:
    """The classes of the table that aws-cdk-lib's Python package does not export (``dump_exported.py``)."""
    python = ROOT / ".venvs/oracle/bin/python"
    script = ROOT / "tools/feature_flags/dump_exported.py"
    wanted = json.dumps({module: list(names) for module, names in classes.items()})
    text = subprocess.check_output(
        [str(python), str(script)], input=wanted.encode(), cwd=tempfile.gettempdir(), stderr=subprocess.DEVNULL,
    )
    found: list[str] = json.loads(text)
    return found


def main() -> None:
    recording: set[str] = set()
    methods: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(BUNDLE) as tar:
        for member in tar.getmembers():
            name = member.name
            if not name.endswith(".js"):
                continue
            if name.startswith("package/core/lib/analytics-data-source/"):
                tar.extract(member, tmp, filter="data")
                continue
            f = tar.extractfile(member)
            if f is None:
                continue
            text = f.read().decode("utf-8", "replace")
            if "MethodMetadata)()" in text:
                decorated_methods(text, methods)
            if "addConstructMetadata)(this" in text:
                recording.update(recording_classes(text))
        base = Path(tmp) / "package/core/lib/analytics-data-source"
        script = (
            "const c=require(process.argv[1]+'/classes.js').AWS_CDK_CONSTRUCTOR_PROPS;"
            "const e=require(process.argv[1]+'/enums.js').AWS_CDK_ENUMS;"
            "console.log(JSON.stringify({classes:c,enums:e}))"
        )
        data = json.loads(subprocess.check_output(["node", "-e", script, str(base)]))
    classes = {m: v for m, v in data["classes"].items() if m.startswith(_PREFIX)}
    out = {
        "recording": sorted(recording),
        "classes": classes,
        "enums": data["enums"],
        "order": struct_order(),
        "methods": method_params(methods),
        "unexported": unexported(classes),
    }
    OUT.write_text(json.dumps(out, separators=(",", ":"), sort_keys=False) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(recording)} recording classes, {sum(map(len, classes.values()))} tables")


if __name__ == "__main__":
    main()
