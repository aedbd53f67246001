"""The ``pycdk`` command line (console script ``pycdk = "pycdk.cli:main"``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._constructs_guard import constructs_problem

if TYPE_CHECKING:
    from ._main import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pycdk`` with ``argv`` (default: the process arguments); return the exit code.

    With PyPI's jsii ``constructs`` where pycdk's core should be, no command can load pycdk: ``pycdk doctor``
    still runs (and reports it); any other command prints what happened and how to fix it, and exits with 1.
    """
    problem = constructs_problem()
    if problem is not None:
        from ._private.console import error_line

        args = list(sys.argv[1:] if argv is None else argv)
        if "doctor" in args:
            import argparse

            from ._commands import doctor

            return doctor.run(argparse.Namespace())
        error_line(problem)
        return 1
    from ._main import main as run

    return run(argv)


def __getattr__(name: str) -> Any:
    if name == "build_parser":
        from ._main import build_parser

        return build_parser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
