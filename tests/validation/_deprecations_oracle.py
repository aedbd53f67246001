"""Writes ``constructs/_private/validation/deprecated_props.py``: the deprecated struct properties of aws-cdk-lib
2.275.0 that jsii warns about when they are given, for the services pycdk has an L2 package for.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/validation/_deprecations_oracle.py``. The source is the
package's own ``.warnings.jsii.js`` (in ``aws_cdk/_jsii/aws-cdk-lib@2.275.0.jsii.tgz``): for each struct, the
properties whose presence makes jsii print ``<api> is deprecated, ...`` and the message it prints. L1 (``Cfn*``)
structs, deprecated enum members, classes and methods are left out.

It also writes ``deprecations_expected.json``: for each case of ``_deprecation_app.py`` and each
``JSII_DEPRECATED`` mode (unset, ``fail``, ``quiet``), aws-cdk-lib's stdout line and its deprecation warnings.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

import aws_cdk

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "constructs", "_private", "validation", "deprecated_props.py")
_VALIDATOR = re.compile(r"aws_cdk_lib_(aws_[a-z0-9_]+?)_([A-Z]\w*):function\(p\)\{(.*?)\}finally", re.S)
_MSG = r'("(?:[^"\\]|\\.)*"|`[^`]*`)'
# in a struct's validator, in order: a deprecated property; a field (a list, a map's values, one value) checked
# with another struct's or an enum's validator
_OP = re.compile(
    r'"(?P<prop>\w+)"in p&&print\("(?P<api>[^"]+)",(?P<msg>' + _MSG[1:-1] + r')\)'
    r"|(?:if\(|,)p\.(?P<many>\w+)!=null\)for\(const o of (?P<of>p\.\w+|Object\.values\(p\.\w+\))\)"
    r"visitedObjects\.has\(o\)\|\|module\.exports\.aws_cdk_lib_(?P<m1>aws_[a-z0-9_]+?)_(?P<t1>[A-Z]\w*)\(o\)"
    r"|visitedObjects\.has\(p\.(?P<one>\w+)\)\|\|module\.exports\.aws_cdk_lib_(?P<m2>aws_[a-z0-9_]+?)_(?P<t2>[A-Z]\w*)"
    r"\(p\.\w+\)"
)
# in an enum's validator: the whole enum (no condition) or one member (p==="value")
_ENUM_PRINT = re.compile(r'(?:p===("(?:[^"\\]|\\.)*")&&)?print\("([^"]+)",' + _MSG + r"\)")


def _message(text: str) -> str:
    return (json.loads(text) if text.startswith('"') else text[1:-1]).strip()


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _l2_services() -> set[str]:
    """``aws_<svc>`` for each l2 package (a folder) pycdk ships."""
    l2 = os.path.join(ROOT, "l2")
    out = set()
    for name in os.listdir(l2):
        if os.path.isdir(os.path.join(l2, name)) and not name.startswith("_"):
            out.add("aws_" + name.rstrip("_"))
    return out


def main() -> None:
    path = os.path.join(os.path.dirname(aws_cdk.__file__), "_jsii", "aws-cdk-lib@2.275.0.jsii.tgz")
    with tarfile.open(path) as tar:
        member = tar.extractfile("package/.warnings.jsii.js")
        assert member is not None
        text = member.read().decode("utf-8")
    services = _l2_services()
    table: dict[str, dict[str, tuple[str, str]]] = {}
    ops_of: dict[str, list[tuple[str, str, str | None]]] = {}  # struct -> its checks in jsii's order
    enums: dict[str, tuple[tuple[str, str] | None, dict[str, tuple[str, str]]]] = {}
    for module, struct, body in _VALIDATOR.findall(text):
        if module not in services or struct.startswith("Cfn"):
            continue
        key = f"{module}.{struct}"
        body = body.split("try{", 1)[1] if "try{" in body else body
        if body.startswith("print(") or body.startswith("p==="):  # an enum: the whole of it, or members
            whole = None
            members: dict[str, tuple[str, str]] = {}
            for m in _ENUM_PRINT.finditer(body):
                entry = (m.group(2), _message(m.group(3)))
                if m.group(1) is None:
                    whole = entry
                else:
                    members[json.loads(m.group(1))] = entry
            enums[key] = (whole, members)
            continue
        ops: list[tuple[str, str, str | None]] = []
        for m in _OP.finditer(body):
            if m.group("prop"):
                table.setdefault(key, {})[_snake(m.group("prop"))] = (m.group("api"), _message(m.group("msg")))
                ops.append(("prop", _snake(m.group("prop")), None))
            elif m.group("many"):
                kind = "map" if m.group("of").startswith("Object.values") else "list"
                ops.append((kind, _snake(m.group("many")), f"{m.group('m1')}.{m.group('t1')}"))
            else:
                ops.append(("one", _snake(m.group("one")), f"{m.group('m2')}.{m.group('t2')}"))
        ops_of[key] = ops
    # keep the checks that can lead to a deprecation (a property, a deprecated enum or member, a struct with one)
    reaches = set(table) | {e for e, (whole, members) in enums.items() if whole or members}
    changed = True
    while changed:
        changed = False
        for struct, ops in ops_of.items():
            if struct not in reaches and any(t in reaches for kind, _, t in ops if kind != "prop"):
                reaches.add(struct)
                changed = True
    checks = {s: [op for op in ops if op[0] == "prop" or op[2] in reaches] for s, ops in ops_of.items() if s in reaches}
    used_enums = {t for ops in checks.values() for kind, _, t in ops if kind != "prop" and t in enums}
    lines = [
        '"""aws-cdk-lib 2.275.0\'s deprecated struct properties (generated by tests/validation/_deprecations_oracle.py',
        "from the package's .warnings.jsii.js; do not edit).",
        "",
        "``DEPRECATED_PROPS[\"aws_<service>.<Struct>\"][\"<python_kwarg>\"]`` is ``(api, message)``: jsii's name of the",
        "property (the struct that declares it) and the advice it prints.",
        '"""',
        "",
        "DEPRECATED_PROPS: dict[str, dict[str, tuple[str, str]]] = {",
    ]
    for struct in sorted(table):
        lines.append(f"    {struct!r}: {{")
        for prop in sorted(table[struct]):
            api, msg = table[struct][prop]
            lines.append(f"        {prop!r}: (")
            lines.append(f"            {api!r},")
            lines.append(f"            {msg!r},")
            lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    lines += [
        "",
        "# ``CHECKS[\"aws_<service>.<Struct>\"]``: what jsii checks when the struct is given, in its order:",
        "# ``(\"prop\", python_kwarg, None)`` a deprecated property (``DEPRECATED_PROPS``), or ``(kind, python_kwarg,",
        "# target)`` a field holding a struct or enum value (``ENUMS``) to check in turn, kind ``list``, ``map`` (its",
        "# values) or ``one``. Only checks that can lead to a deprecation are kept.",
        "CHECKS: dict[str, tuple[tuple[str, str, str | None], ...]] = {",
    ]
    for struct in sorted(checks):
        lines.append(f"    {struct!r}: {tuple(checks[struct])!r},")
    lines += [
        "}",
        "",
        "# ``ENUMS[\"aws_<service>.<Enum>\"]``: ``(deprecation of the whole enum or None, {member value: deprecation})``",
        "# with each deprecation ``(api, message)``.",
        "ENUMS: dict[str, tuple[tuple[str, str] | None, dict[str, tuple[str, str]]]] = {",
    ]
    for enum in sorted(used_enums):
        lines.append(f"    {enum!r}: {enums[enum]!r},")
    lines.append("}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def warnings_of(stderr: str) -> list[str]:
    """The ``[WARNING] ...`` blocks of ``stderr`` (a block goes on over the indented lines after it)."""
    out: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("[WARNING]"):
            out.append(line)
        elif out and line.startswith("  ") and not out[-1].endswith("\n"):
            out[-1] += "\n" + line
    return out


def record_outcomes() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from _deprecation_app import CASES

    out: dict[str, dict[str, object]] = {}
    for case in CASES:
        for mode in ("", "fail", "quiet"):
            env = {k: v for k, v in os.environ.items() if k != "JSII_DEPRECATED"}
            if mode:
                env["JSII_DEPRECATED"] = mode
            done = subprocess.run([sys.executable, os.path.join(here, "_deprecation_app.py"), "cdk", case,
                                   tempfile.mkdtemp()], env=env, capture_output=True, text=True, check=True)
            out[f"{case}/{mode or 'default'}"] = {"stdout": done.stdout.strip().splitlines()[-1],
                                                  "warnings": warnings_of(done.stderr)}
    with open(os.path.join(here, "deprecations_expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
    record_outcomes()
