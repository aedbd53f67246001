"""The ``pycdk`` command line (console script ``pycdk = "pycdk.cli:main"``)."""

from ._main import build_parser, main

__all__ = ["build_parser", "main"]
