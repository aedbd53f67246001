"""Detect PyPI's jsii ``constructs`` package where pycdk's core package ``constructs`` should be.

pycdk's core is the import package ``constructs``; so is the jsii package that aws-cdk-lib and every jsii
construct library depend on. In one environment they shadow each other (the first on ``sys.path`` wins) or, both
installed into ``site-packages``, mix their files in one folder; pip's dependency check sees nothing wrong.
``l1``, ``l2``, ``assertions`` and pycdk's own ``constructs`` call :func:`check_constructs` on import, so the
mistake is an :class:`ImportError` that says what happened; ``pycdk doctor`` reports it. Standard library only,
and cheap: a ``sys.modules`` look-up or one path search, and two ``stat`` calls.
"""

from __future__ import annotations

import os
import sys

FIX = (
    "pycdk and aws-cdk-lib (or any jsii construct library) cannot share one Python environment: both use the "
    "import name 'constructs'. Install pycdk into a virtual environment of its own "
    "(python3 -m venv .venv && .venv/bin/pip install pycdk), or remove PyPI's 'constructs' and aws-cdk-lib from "
    "this one (pip uninstall constructs aws-cdk-lib) and reinstall pycdk (pip install --force-reinstall pycdk)."
)


def constructs_folder() -> str | None:
    """The folder of the package that ``import constructs`` gives (or gave) in this process."""
    module = sys.modules.get("constructs")
    if module is not None:
        origin = getattr(module, "__file__", None)
    else:
        origin = None
        for finder in sys.meta_path:
            find_spec = getattr(finder, "find_spec", None)
            spec = find_spec("constructs", None) if find_spec else None
            if spec is not None:
                origin = spec.origin
                break
    return os.path.dirname(origin) if origin else None


def constructs_problem(folder: str | None = None) -> str | None:
    """What is wrong with the ``constructs`` package in ``folder`` (default: the one Python imports), or None."""
    folder = folder or constructs_folder()
    if folder is None:
        return None  # no constructs at all: the import itself reports that
    jsii = os.path.isdir(os.path.join(folder, "_jsii"))
    ours = os.path.isfile(os.path.join(folder, "_app.py"))
    if jsii and ours:
        return (
            f"PyPI's jsii 'constructs' package (the one aws-cdk-lib depends on) is installed into the same folder "
            f"as pycdk's core package 'constructs' ({folder}): their files are mixed, so either may break. {FIX}"
        )
    if not ours:
        kind = "PyPI's jsii 'constructs' package (the one aws-cdk-lib depends on)" if jsii else "another package"
        return (
            f"'import constructs' finds {kind} at {folder}, not pycdk's core package, which it shadows. {FIX}"
        )
    return None


def check_constructs(folder: str | None = None) -> None:
    """Raise :class:`ImportError` (with the fix) if ``constructs`` is not pycdk's own package alone."""
    problem = constructs_problem(folder)
    if problem is not None:
        raise ImportError(f"pycdk: {problem}", name="constructs")
