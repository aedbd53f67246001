"""pycdk's API reference, generated from the docstrings with pdoc: ``python -m tools.api_docs [--out DIR]``.

The reference covers the hand-written public API: ``constructs`` (the core), every ``l2`` service package,
``patterns`` and ``assertions``; not the generated L1 classes (``l1``, and the ``Cfn*`` classes each ``l2``
package re-exports: ``templates/module.html.jinja2`` leaves them out) nor the CLI's internals. Docstrings are read
as Google style (``Args:``, ``Returns:``, ``Raises:``). The default output folder, ``docs/api/``, is ignored by
git; ``tests/docs/test_api_docs.py`` builds a representative subset and checks that pdoc warns about nothing and
that every link between the pages lands on a page and an anchor that exist.
"""

from __future__ import annotations

import functools
import html.parser
import pkgutil
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).resolve().parent / "templates"
DEFAULT_OUT = REPO / "docs" / "api"


def l2_packages() -> list[str]:
    """Every hand-written ``l2`` package (the one-file ``l2.<svc>`` modules only re-export L1 classes)."""
    import l2

    return [f"l2.{m.name}" for m in pkgutil.iter_modules(l2.__path__) if m.ispkg and not m.name.startswith("_")]


def all_modules() -> list[str]:
    """The modules of the full reference."""
    return ["constructs", *l2_packages(), "patterns", "assertions"]


@dataclass
class Build:
    """What one build wrote and what pdoc warned about."""

    out: Path
    pages: list[Path]
    warnings: list[str] = field(default_factory=list)


def _without_l1_classes() -> None:
    """Leave the generated L1 classes out of every module pdoc reads (not only out of the rendered pages).

    Each ``l2.<svc>`` package re-exports its service's ``Cfn*`` classes; pdoc would otherwise build the
    documentation objects of all of them and of their property classes, and on Python 3.11 ``inspect.getsource``
    parses the whole (multi-megabyte) ``l1`` module once per class: ``l2.ec2`` alone took 10 minutes.
    """
    import pdoc.doc

    original = pdoc.doc.Module.__dict__["_member_objects"]
    if getattr(original, "_pycdk", False):
        return

    def _member_objects(self: pdoc.doc.Module) -> dict[str, object]:
        members: dict[str, object] = original.func(self)
        return {
            name: obj for name, obj in members.items()
            if not (isinstance(obj, type) and obj.__module__.split(".")[0] == "l1")
        }

    patched = functools.cached_property(_member_objects)
    patched.__set_name__(pdoc.doc.Module, "_member_objects")
    patched._pycdk = True  # type: ignore[attr-defined]
    pdoc.doc.Module._member_objects = patched  # type: ignore[method-assign,assignment]


def build(modules: Iterable[str], out: Path) -> Build:
    """Render ``modules`` (and their public submodules) into ``out``; collect pdoc's warnings."""
    import pdoc
    import pdoc.render

    _without_l1_classes()
    pdoc.render.configure(
        docformat="google",
        show_source=False,
        template_directory=TEMPLATES,
        footer_text="pycdk API reference",
        search=True,
    )
    out.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*modules, output_directory=out)
    return Build(out, sorted(out.rglob("*.html")), [str(w.message) for w in caught])


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name == "href" and value and tag == "a":
                self.hrefs.append(value)


def broken_links(out: Path) -> list[str]:
    """``page: href`` for each relative link whose page or anchor does not exist."""
    parsed: dict[Path, _Links] = {}
    for page in sorted(out.rglob("*.html")):
        links = _Links()
        links.feed(page.read_text(encoding="utf-8"))
        parsed[page.resolve()] = links
    broken = []
    for page, links in parsed.items():
        for href in links.hrefs:
            if href.startswith(("http://", "https://", "mailto:", "javascript:")) or href in ("#", ""):
                continue
            target, _, anchor = href.partition("#")
            target_page = (page.parent / target).resolve() if target else page
            found = parsed.get(target_page)
            if found is None or (anchor and anchor not in found.ids):
                broken.append(f"{page.relative_to(out.resolve())}: {href}")
    return broken
