"""The share of ``Any`` in pycdk's public signatures (``constructs``, ``l2``, ``patterns``).

Usage: ``python -m tools.typing_report [-v] [--by-package] [--limit N] [--exclude a,b] [package ...]``

A *slot* is one place a type checker reads a type from in the public API:

- each parameter of a public function, of ``__init__`` and of each public method, static method and class method
  of a public class (``self``/``cls`` excluded, ``*args``/``**kwargs`` included);
- each return type of those (``__init__``'s excepted) and of each public property;
- each annotated class attribute of a public class (struct fields, protocol attributes).

A slot counts as ``Any`` when its annotation is missing or names ``typing.Any`` anywhere (``Any``,
``Any | None``, ``list[Any]``, ``Mapping[str, Any]`` ...): each of those lets a mistake through to run time.

"Public" means: listed in (or, without ``__all__``, a non-underscore name of) a package's namespace, for every
package of ``constructs``, ``l2`` (hand-written packages: the one-file re-export modules of L1 classes hold no
definitions) and ``patterns``, and defined in one of those roots (the generated ``l1`` classes a package
re-exports are not counted). A class or function exported by several packages is counted once. Members are
those a class defines itself; inherited ones are counted where they are defined, if that class is public.

Nothing is synthesized: annotations are read as text (the modules use ``from __future__ import annotations``).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOTS = ("constructs", "l2", "patterns")
_ANY = re.compile(r"(?<![\w.])(?:typing\.)?Any(?![\w])")
_REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Slot:
    """One annotated (or unannotated) place of the public API."""

    package: str
    owner: str  # qualified name of the function or class member
    kind: str  # "param", "return" or "attr"
    name: str
    annotation: str | None

    @property
    def is_any(self) -> bool:
        """Whether this slot accepts or gives anything without a type checker noticing."""
        return self.annotation is None or bool(_ANY.search(self.annotation))


def _text(annotation: object) -> str | None:
    """An annotation as written (``None`` when there is none)."""
    if annotation is inspect.Parameter.empty or annotation is inspect.Signature.empty:
        return None
    if isinstance(annotation, str):
        return annotation
    if annotation is None:
        return "None"
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        return annotation.__qualname__
    return repr(annotation)


def packages(roots: Iterable[str] = ROOTS) -> list[str]:
    """The importable packages of ``roots`` whose public namespace is counted (no ``_private`` ones)."""
    found: list[str] = []
    for root in roots:
        found.append(root)
        base = _REPO / root
        for info in pkgutil.iter_modules([str(base)]):
            if not info.ispkg or info.name.startswith("_"):
                continue
            found.append(f"{root}.{info.name}")
    return found


def _public_names(module: object) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    return list(names)


def _defined_here(obj: object) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module.split(".", 1)[0] in ROOTS


def _function_slots(package: str, owner: str, func: Callable[..., object], *, method: bool) -> Iterator[Slot]:
    func = inspect.unwrap(func)
    try:
        signature = inspect.signature(func, eval_str=False)
    except (TypeError, ValueError):
        return
    params = list(signature.parameters.values())
    if method and params and params[0].name in ("self", "cls", "mcs"):
        params = params[1:]
    for param in params:
        yield Slot(package, owner, "param", param.name, _text(param.annotation))
    if not owner.endswith(".__init__"):
        yield Slot(package, owner, "return", "return", _text(signature.return_annotation))


def _class_slots(package: str, cls: type) -> Iterator[Slot]:
    qual = f"{cls.__module__}.{cls.__qualname__}"
    _build_struct(cls)
    if issubclass(cls, BaseException):
        return
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if name.startswith("_"):
            continue
        yield Slot(package, f"{qual}.{name}", "attr", name, _text(annotation))
    is_enum = any(base.__name__ in ("Enum", "IntEnum", "StrEnum", "Flag") for base in cls.__mro__[1:])
    for name, attr in cls.__dict__.items():
        if name.startswith("_") and name != "__init__":
            continue
        if is_enum and not callable(attr):
            continue
        member = f"{qual}.{name}"
        if isinstance(attr, property):
            if attr.fget is not None:
                yield from (s for s in _function_slots(package, member, attr.fget, method=True) if s.kind == "return")
            continue
        cached = getattr(attr, "func", None)
        if cached is not None and type(attr).__name__ in ("cached_property", "_CachedProperty"):
            yield from (s for s in _function_slots(package, member, cached, method=True) if s.kind == "return")
            continue
        if isinstance(attr, staticmethod):
            yield from _function_slots(package, member, attr.__func__, method=False)
        elif isinstance(attr, classmethod):
            yield from _function_slots(package, member, attr.__func__, method=True)
        elif inspect.isfunction(attr):
            if name == "__init__" and attr.__qualname__.split(".")[0] != cls.__qualname__.split(".")[0]:
                continue  # a generated __init__ shared from elsewhere
            yield from _function_slots(package, member, attr, method=True)


def _build_struct(cls: type) -> None:
    """Build a declared struct class now: until its first use a struct's ``__init__`` is a lazy ``(**kwargs: Any)``
    placeholder (``constructs/_private/structs.py``); the real one carries the field types."""
    if "__struct_pending__" in cls.__dict__:
        from constructs._private import structs

        structs.build(cls)


def collect(roots: Iterable[str] = ROOTS, only: Iterable[str] = (), exclude: Iterable[str] = ()) -> list[Slot]:
    """Every public slot of the packages of ``roots`` (or only of the packages named in ``only``), leaving out the
    packages named in ``exclude``."""
    wanted = set(only)
    left_out = set(exclude)
    seen: set[int] = set()
    slots: list[Slot] = []
    for package in packages(roots):
        if wanted and package not in wanted and package.split(".")[0] not in wanted:
            continue
        if package in left_out:
            continue
        module = importlib.import_module(package)
        for name in _public_names(module):
            obj = getattr(module, name, None)
            if obj is None or id(obj) in seen or not _defined_here(obj):
                continue
            if inspect.isclass(obj):
                seen.add(id(obj))
                for cls in obj.__mro__:  # public bases defined in pycdk are part of the same surface
                    if cls is obj or (_defined_here(cls) and id(cls) not in seen and not cls.__name__.startswith("_")):
                        seen.add(id(cls))
                        slots.extend(_class_slots(package, cls))
            elif inspect.isfunction(obj):
                seen.add(id(obj))
                slots.extend(_function_slots(package, f"{obj.__module__}.{obj.__qualname__}", obj, method=False))
    return slots


def share(slots: list[Slot]) -> float:
    """The fraction of ``slots`` that are ``Any``."""
    return sum(s.is_any for s in slots) / len(slots) if slots else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", help="packages to count (default: all of constructs, l2, patterns)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every Any slot")
    parser.add_argument("--by-package", action="store_true", help="one line per package, worst first")
    parser.add_argument("--limit", type=float, default=None, help="exit 1 when the share (percent) is above this")
    parser.add_argument("--exclude", default="", help="comma-separated packages to leave out (e.g. l2.ec2)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(_REPO))
    slots = collect(only=args.packages, exclude=[p for p in args.exclude.split(",") if p])
    if args.by_package:
        by: dict[str, list[Slot]] = {}
        for slot in slots:
            by.setdefault(slot.package, []).append(slot)
        rows = sorted(by.items(), key=lambda kv: -sum(s.is_any for s in kv[1]))
        for package, group in rows:
            n_any = sum(s.is_any for s in group)
            if n_any:
                print(f"{package:40} {n_any:5} / {len(group):5}  {100 * share(group):5.1f} %")
    if args.verbose:
        for slot in slots:
            if slot.is_any:
                print(f"{slot.owner} [{slot.kind} {slot.name}]: {slot.annotation}")
    for kind in ("param", "return", "attr"):
        group = [s for s in slots if s.kind == kind]
        print(f"{kind:7} {sum(s.is_any for s in group):6} Any of {len(group):6}  ({100 * share(group):.1f} %)")
    total = share(slots)
    print(f"total   {sum(s.is_any for s in slots):6} Any of {len(slots):6}  ({100 * total:.2f} %)")
    if args.limit is not None and 100 * total > args.limit:
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
