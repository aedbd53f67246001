"""Terminal output: colour only on a terminal (and never with ``NO_COLOR``), errors as one line."""

from __future__ import annotations

import os
import sys
from typing import TextIO

_CODES = {"red": "31", "green": "32", "yellow": "33", "blue": "34", "cyan": "36", "bold": "1", "dim": "2"}


class CliError(Exception):
    """A failure reported as one ``pycdk: error: <message>`` line and a non-zero exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def use_colour(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal and neither ``NO_COLOR`` nor ``TERM=dumb`` is set."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, colour: str, stream: TextIO) -> str:
    """``text`` in ``colour`` if ``stream`` shows colour, else unchanged."""
    if not use_colour(stream):
        return text
    return f"\x1b[{_CODES[colour]}m{text}\x1b[0m"


def out(text: str = "") -> None:
    """Write a line to stdout (the command's result)."""
    sys.stdout.write(text + "\n")


def info(text: str, colour: str | None = None) -> None:
    """Write a line to stderr (progress and messages, as the CDK CLI does)."""
    sys.stderr.write((paint(text, colour, sys.stderr) if colour else text) + "\n")


def error_line(message: str) -> None:
    """The single error line on stderr."""
    first = " ".join(message.strip().splitlines()[:1]) or "unknown error"
    sys.stderr.write(paint("pycdk: error: ", "red", sys.stderr) + first + "\n")
