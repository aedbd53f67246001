"""Which public keyword arguments the docstrings document: ``python -m tools.kwarg_docs [-v] [--by-module]``.

Every one is documented: ``tests/docs/test_kwarg_docs.py`` fails on any undocumented keyword argument (there is no
baseline of exceptions), and ``python -m tools.kwarg_docs`` exits with status 1 and, with ``-v``, lists them.

A *keyword argument* is a parameter ``Class(...)`` takes (a struct's fields, else ``__init__``'s parameters, with
an ``__init__`` taking ``**kwargs`` read as forwarding them up the MRO, as :mod:`tools.parity.gauge` reads them),
but ``scope`` and ``id`` (every construct's positional pair). A *public class* is one a scanned package exports
(``__all__``, or its non-underscore names) and defines in ``constructs``, ``l2`` or ``patterns``; enums are not
counted, nor are underscore-prefixed (private) parameters. Scanned packages: ``constructs``, the ``l2`` packages of the aws-cdk-lib modules listed complete in
``tests/parity/complete.txt`` (read when run), and every ``patterns`` package.

A keyword argument is *documented* when a Google-style section (``Args:``, ``Keyword arguments:``,
``Attributes:``...) of the class docstring or ``__init__``'s names it, when the struct field of that name has an
attribute docstring (a string literal right after the annotated field, which pdoc shows with the field), or that of a class up the MRO that takes the
same argument (inherited keyword arguments are documented where they are defined), or of a class of the same
package that the class docstring refers the reader to (``The properties of a ``Bucket`` (see that class for each
keyword)``, ``Takes the ``RestApi`` keyword arguments``: a docstring saying "see" or "keyword arguments" and
naming the class in double backticks, or another ``l2`` package's as ``s3_assets.AssetOptions``). An entry may name several arguments: ``encryption / encryption_key: ...``.
"""

from __future__ import annotations

import argparse
import ast
import enum
import functools
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOTS = ("constructs", "l2", "patterns")
SKIPPED = frozenset({"scope", "id"})
_SECTION = re.compile(
    r"^(?P<indent>[ \t]*)(?:Args|Arguments|Parameters|Keyword [Aa]rg(?:ument)?s|Kwargs|Attributes|Fields|Props)"
    r"(?: \([^)]*\))?:[ \t]*$"
)
_ENTRY = re.compile(r"^(?P<names>[`*\w][`*\w /,|]*?)(?:[ \t]*\([^)]*\))?:(?:[ \t]|$)")
_REPO = Path(__file__).resolve().parent.parent
_REFERS = re.compile(r"\bsee\b|keyword arguments", re.I)
_CLASS_REF = re.compile(r"``(\w+(?:\.\w+)?)``")


@dataclass
class ClassReport:
    """One public class: its keyword arguments and those its docstrings leave out."""

    name: str
    module: str
    params: list[str]
    missing: list[str]


def documented_names(doc: str | None) -> set[str]:
    """The argument names the Google-style sections of ``doc`` document."""
    if not doc:
        return set()
    lines = inspect.cleandoc(doc).splitlines()
    found: set[str] = set()
    i = 0
    while i < len(lines):
        header = _SECTION.match(lines[i])
        i += 1
        if not header:
            continue
        base = len(header.group("indent"))
        entry_indent: int | None = None
        while i < len(lines):
            line = lines[i]
            if line.strip():
                indent = len(line) - len(line.lstrip())
                if indent <= base:
                    break
                if entry_indent is None:
                    entry_indent = indent
                if indent == entry_indent:
                    text, j = line.strip(), i + 1
                    while ":" not in text and j < len(lines) and lines[j].strip() and (
                            len(lines[j]) - len(lines[j].lstrip()) > indent):  # names going on over lines
                        text, j = f"{text} {lines[j].strip()}", j + 1
                    match = _ENTRY.match(text)
                    if match:
                        for name in re.split(r"[ /,|]+", match.group("names")):
                            name = name.strip("`*")
                            if name:
                                found.add(name)
            i += 1
    return found


def init_params(cls: type) -> list[str] | None:
    """The keyword arguments ``cls(...)`` takes, in signature order (None when unreadable)."""
    fields = getattr(cls, "__struct_fields__", None)
    if fields is not None:
        return [f.name for f in fields
                if getattr(f, "init", True) and f.name not in SKIPPED and not f.name.startswith("_")]
    names: list[str] = []
    for base in cls.__mro__[:-1]:
        init = vars(base).get("__init__")
        if init is None:
            continue
        try:
            params = list(inspect.signature(init).parameters.values())
        except (TypeError, ValueError):
            return None
        for p in params[1:]:
            public = not p.name.startswith("_") and p.name not in SKIPPED
            if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and public and p.name not in names:
                names.append(p.name)
        if not any(p.kind is p.VAR_KEYWORD for p in params):
            break
    return names


@functools.cache
def _attribute_docstrings(path: str) -> dict[str, set[str]]:
    """``{class qualname: {field}}``: the annotated fields followed by a string literal (an attribute docstring,
    which pdoc shows under the field) in each class of the source file ``path``."""
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return {}
    found: dict[str, set[str]] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                qualname = f"{prefix}{child.name}"
                names = found.setdefault(qualname, set())
                for field, after in zip(child.body, child.body[1:], strict=False):
                    if (isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                            and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
                            and isinstance(after.value.value, str)):
                        names.add(field.target.id)
                visit(child, f"{qualname}.")

    visit(tree, "")
    return found


def _class_docs(cls: type) -> set[str]:
    init = vars(cls).get("__init__")
    names = documented_names(vars(cls).get("__doc__")) | documented_names(getattr(init, "__doc__", None))
    try:
        path = inspect.getsourcefile(cls)
    except TypeError:
        path = None
    if path:
        names |= _attribute_docstrings(path).get(cls.__qualname__, set())
    return names


def _resolve(name: str, namespace: ModuleType) -> object:
    """``Name`` in ``namespace``, or ``svc.Name`` in the ``l2.svc`` package (``s3_assets.AssetOptions``)."""
    if "." not in name:
        return getattr(namespace, name, None)
    package, _, attribute = name.partition(".")
    try:
        module = importlib.import_module(f"l2.{package}")
    except ImportError:
        return None
    return getattr(module, attribute, None)


def _namespace_of(cls: type, default: ModuleType) -> ModuleType:
    """The public package a class belongs to (``l2.s3_assets`` for ``l2.s3_assets._asset.Asset``)."""
    parts = cls.__module__.split(".")
    name = ".".join(parts[:2]) if parts[0] in ("l2", "patterns") and len(parts) > 1 else parts[0]
    try:
        return importlib.import_module(name)
    except ImportError:
        return default


def _documented(cls: type, namespace: ModuleType | None, seen: set[type] | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    seen.add(cls)
    documented: set[str] = set()
    for base in cls.__mro__[:-1]:
        documented |= _class_docs(base)
    for base in cls.__mro__[:-1]:
        doc = vars(base).get("__doc__") or ""
        init_doc = getattr(vars(base).get("__init__"), "__doc__", None) or ""
        if namespace is None or not _REFERS.search(doc + init_doc):
            continue
        for name in _CLASS_REF.findall(doc + init_doc):
            other = _resolve(name, namespace)
            if inspect.isclass(other) and other not in seen:  # a class it refers to (and those that one refers to)
                documented |= _documented(other, _namespace_of(other, namespace), seen)
    return documented


def missing_params(cls: type, params: list[str], namespace: ModuleType | None = None) -> list[str]:
    """``params`` that no docstring of ``cls`` (of a class up its MRO taking the same argument, or of a class of
    ``namespace`` its docstring refers to) documents."""
    documented = _documented(cls, namespace)
    return [p for p in params if p not in documented]


def complete_packages() -> list[str]:
    """The pycdk packages (``constructs``, ``l2.<svc>``) of the aws-cdk-lib modules listed complete."""
    from tools.parity.gauge import pycdk_module_name, read_complete

    names = []
    for cdk_module in read_complete():
        name = pycdk_module_name(cdk_module)
        if name.split(".")[0] in ("constructs", "l2") and name not in names:
            names.append(name)
    return names


def scanned_packages() -> list[str]:
    """The packages whose public classes are scanned: complete ``l2`` packages, ``constructs``, ``patterns``."""
    names = complete_packages()
    import patterns

    names.append("patterns")
    names += [f"patterns.{m.name}" for m in pkgutil.iter_modules(patterns.__path__) if not m.name.startswith("_")]
    return names


def _public(module: ModuleType) -> Iterator[tuple[str, object]]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    for name in names:
        try:
            yield name, getattr(module, name)
        except AttributeError:
            continue


def scan(packages: list[str] | None = None) -> list[ClassReport]:
    """Every public class of the scanned packages (each counted once) with its undocumented arguments."""
    reports: list[ClassReport] = []
    seen: set[int] = set()
    for package in packages if packages is not None else scanned_packages():
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError:
            continue
        for name, obj in _public(module):
            if not inspect.isclass(obj) or id(obj) in seen or issubclass(obj, enum.Enum):
                continue
            if obj.__module__.split(".")[0] not in ROOTS:
                continue
            seen.add(id(obj))
            params = init_params(obj)
            if not params:
                continue
            reports.append(ClassReport(name, package, params, missing_params(obj, params, module)))
    return reports


def share(reports: list[ClassReport]) -> tuple[int, int]:
    """``(documented, total)`` keyword arguments."""
    total = sum(len(r.params) for r in reports)
    return total - sum(len(r.missing) for r in reports), total


def undocumented(reports: list[ClassReport]) -> list[str]:
    """``module.Class(kwarg)`` for each undocumented keyword argument."""
    return [f"{r.module}.{r.name}({p})" for r in reports for p in r.missing]


def main(argv: list[str] | None = None) -> int:
    """Print the documented share (and, with ``-v``, every undocumented argument); 1 when any is undocumented."""
    parser = argparse.ArgumentParser(prog="python -m tools.kwarg_docs", description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list each undocumented argument")
    parser.add_argument("--by-module", action="store_true", help="one line per scanned package")
    parser.add_argument("packages", nargs="*", help="packages to scan (default: all scanned packages)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(_REPO))
    reports = scan(args.packages or None)
    if args.by_module:
        for package in dict.fromkeys(r.module for r in reports):
            done, total = share([r for r in reports if r.module == package])
            print(f"{package:40} {done:5}/{total:<5} {100 * done / total:5.1f}%")
    if args.verbose:
        for r in reports:
            if r.missing:
                print(f"{r.module}.{r.name}: {', '.join(r.missing)}")
    done, total = share(reports)
    print(f"documented keyword arguments: {done}/{total} ({100 * done / max(total, 1):.1f}%) "
          f"in {len(reports)} public classes")
    return 1 if done < total else 0


if __name__ == "__main__":
    sys.exit(main())
