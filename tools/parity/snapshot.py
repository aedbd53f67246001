#!/usr/bin/env python3
"""Write the committed snapshot of aws-cdk-lib's public Python surface (the L2 parity gauge's reference).

Run with the oracle venv, as a script (never ``-m``: the repo root on ``sys.path`` would shadow PyPI's
``constructs`` with pycdk's)::

    .venvs/oracle/bin/python tools/parity/snapshot.py            # writes tests/parity/aws_cdk_lib_<version>.json

Every module of the aws-cdk-lib distribution is covered (``aws_cdk``, ``aws_cdk.aws_*``, their ``mixins`` /
``experimental`` submodules, ``aws_cdk.interfaces[.aws_*]``, ``assertions``, ``custom_resources``, ``pipelines``,
``cx_api``, ``region_info``, ...), plus PyPI's ``constructs`` (pycdk's ``constructs`` is both).

Per module, each public class defined there is recorded with its kind (``construct``, ``class``, ``struct``,
``interface``, ``enum``), its constructor parameters, the default jsii documents for each optional constructor
keyword argument, and the members the class itself declares (jsii emits overrides again, so inherited members
are counted once, where they are declared): properties, methods, static methods and static properties with
their parameters, enum members, and nested classes (by name).

L1 classes (``Cfn*`` classes carrying ``CFN_RESOURCE_TYPE_NAME``, their ``Cfn*Props`` and nested ``*Property``
structs) are kept out of the L2 measure: the snapshot lists only the resource classes and their CloudFormation
type, which is all the coverage page needs to say whether pycdk has the L1 of a module.

Parameters are encoded like a signature: ``["scope", "id", "*", "bucket_name=None"]``; ``*`` separates the
keyword-only ones, ``=<repr>`` gives the default shown by Python (jsii shows ``None`` for every optional one).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = "aws-cdk-lib"
_DEFAULT_RE = re.compile(r"Default: (.*)$")
_MAX_DEFAULT = 120


def cdk_modules() -> list[str]:
    """Every importable module of the aws-cdk-lib distribution (from its RECORD), plus PyPI's ``constructs``."""
    files = metadata.distribution(DIST).files or ()
    mods = set()
    for f in files:
        parts = f.parts
        if parts[-1] != "__init__.py" or parts[0] != "aws_cdk" or any(p.startswith("_") for p in parts[:-1]):
            continue
        mods.add(".".join(parts[:-1]))
    return sorted(mods) + ["constructs"]


def encode_params(func: object, *, drop_first: bool) -> list[str]:
    """``func``'s parameters as ``["a", "*", "b=None"]`` (``self``/``cls`` dropped when ``drop_first``)."""
    try:
        sig = inspect.signature(func)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ["..."]
    params = list(sig.parameters.values())
    if drop_first and params and params[0].name in ("self", "cls"):
        params = params[1:]
    out: list[str] = []
    star = False
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            out.append("*" + p.name)
            star = True
            continue
        if p.kind is p.VAR_KEYWORD:
            out.append("**" + p.name)
            continue
        if p.kind is p.KEYWORD_ONLY and not star:
            out.append("*")
            star = True
        out.append(p.name if p.default is p.empty else f"{p.name}={p.default!r}")
    return out


def doc_defaults(func: object) -> dict[str, str]:
    """The ``Default: ...`` text jsii puts in each ``:param x:`` line of ``func``'s docstring (shortened)."""
    out: dict[str, str] = {}
    for line in (getattr(func, "__doc__", None) or "").splitlines():
        line = line.strip()
        if not line.startswith(":param "):
            continue
        name, _, text = line[len(":param "):].partition(":")
        m = _DEFAULT_RE.search(text)
        if m:
            value = m.group(1).strip()
            if len(value) > _MAX_DEFAULT:
                value = value[: _MAX_DEFAULT - 1] + "…"
            out[name.strip()] = value
    return out


def class_kind(cls: type) -> str:
    """``enum``, ``interface``, ``construct``, ``struct`` or ``class``, from how jsii built ``cls``."""
    if issubclass(cls, enum.Enum):
        return "enum"
    if getattr(cls, "_is_protocol", False):
        return "interface"
    import constructs

    if issubclass(cls, constructs.Construct):
        return "construct"
    if type(cls) is type:  # jsii structs are plain classes; jsii classes have a JSII metaclass
        return "struct"
    return "class"


def is_l1(name: str, cls: type, module: object) -> bool:
    """A generated L1 class: a ``Cfn*`` resource class or the ``Cfn*Props`` struct of one."""
    if not name.startswith("Cfn"):
        return False
    if hasattr(cls, "CFN_RESOURCE_TYPE_NAME"):
        return True
    return name.endswith("Props") and hasattr(getattr(module, name[: -len("Props")], None), "CFN_RESOURCE_TYPE_NAME")


def member_record(cls: type, name: str, raw: object) -> list | None:
    """``[kind, params]`` for one member ``cls`` declares (``None`` for what is not public API)."""
    if isinstance(raw, property):
        return ["property"]
    if inspect.isclass(raw):  # a nested class (stepfunctions_tasks has a few): its presence only
        return ["class"]
    if type(raw).__name__ == "_ClassProperty":
        return ["static property"]
    if isinstance(raw, (classmethod, staticmethod)):
        return ["static", encode_params(getattr(cls, name), drop_first=False)]
    if inspect.isfunction(raw):
        return ["method", encode_params(raw, drop_first=True)]
    return None


def class_record(cls: type) -> dict:
    """``{"kind", "init", "defaults", "members"}`` of one public non-L1 class."""
    kind = class_kind(cls)
    rec: dict = {"kind": kind}
    members: dict[str, list] = {}
    if kind == "enum":
        for m in cls.__members__:
            members[m] = ["enum"]
    else:
        if kind != "interface":
            init = cls.__dict__.get("__init__") or cls.__init__
            rec["init"] = encode_params(init, drop_first=True)
            defaults = doc_defaults(init)
            if kind == "struct":  # the struct's own property docs carry the ``:default:`` lines
                for prop, raw in cls.__dict__.items():
                    if isinstance(raw, property) and raw.__doc__ and ":default:" in raw.__doc__:
                        value = " ".join(raw.__doc__.split(":default:", 1)[1].split("\n\n", 1)[0].split())
                        if len(value) > _MAX_DEFAULT:
                            value = value[: _MAX_DEFAULT - 1] + "…"
                        defaults.setdefault(prop, value)
            if defaults:
                rec["defaults"] = defaults
        for name, raw in cls.__dict__.items():
            if name.startswith("_"):
                continue
            r = member_record(cls, name, raw)
            if r is not None:
                members[name] = r
    rec["members"] = members
    return rec


def module_record(modname: str) -> dict:
    """``{"classes": {name: class record}, "l1": {CfnX: resource type}}`` of the classes ``modname`` defines."""
    module = importlib.import_module(modname)
    classes: dict[str, dict] = {}
    l1: dict[str, str] = {}
    for name in sorted(dir(module)):
        if name.startswith("_"):
            continue
        obj = getattr(module, name, None)
        if not inspect.isclass(obj) or obj.__module__ != modname:
            continue
        if is_l1(name, obj, module):
            if hasattr(obj, "CFN_RESOURCE_TYPE_NAME"):
                l1[name] = obj.CFN_RESOURCE_TYPE_NAME
            continue
        classes[name] = class_record(obj)
    return {"classes": classes, "l1": l1}


def render(snapshot: dict) -> str:
    """Deterministic JSON, one line per class, so that a diff shows which classes changed."""
    lines = ["{", f'"version": {json.dumps(snapshot["version"])},', '"modules": {']
    mods = sorted(snapshot["modules"])
    for i, mod in enumerate(mods):
        rec = snapshot["modules"][mod]
        lines.append(f"{json.dumps(mod)}: {{")
        lines.append(f'"l1": {json.dumps(rec["l1"], sort_keys=True, ensure_ascii=False)},')
        lines.append('"classes": {')
        names = sorted(rec["classes"])
        for j, name in enumerate(names):
            body = json.dumps(rec["classes"][name], sort_keys=True, ensure_ascii=False, separators=(",", ":"))
            lines.append(f"{json.dumps(name)}: {body}{',' if j < len(names) - 1 else ''}")
        lines.append("}")
        lines.append("}" + ("," if i < len(mods) - 1 else ""))
    lines += ["}", "}", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Write the snapshot to ``argv[0]`` (default: ``tests/parity/aws_cdk_lib_<version>.json``)."""
    version = metadata.version(DIST)
    out = Path(argv[0]) if argv else ROOT / "tests" / "parity" / f"aws_cdk_lib_{version}.json"
    modules = {}
    for modname in cdk_modules():
        modules[modname] = module_record(modname)
        print(f"{modname}: {len(modules[modname]['classes'])} classes", file=sys.stderr)
    text = render({"version": version, "modules": modules})
    json.loads(text)  # the hand-assembled layout must stay valid JSON
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text) // 1024} KiB, {len(modules)} modules)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
