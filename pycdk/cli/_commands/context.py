"""``pycdk context``: show the app's context, reset cached lookups."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .._private.console import CliError, info, out
from .._private.project import CONFIG_FILE, CONTEXT_FILE, Project

NAME = "context"
HELP = f"Show the context of the app ({CONFIG_FILE} and the lookups cached in {CONTEXT_FILE}); reset cached values."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the context as JSON")
    parser.add_argument("-e", "--reset", metavar="KEY_OR_NUMBER",
                        help=f"remove a cached value from {CONTEXT_FILE} (it is looked up again on the next synth)")
    parser.add_argument("--clear", action="store_true", help=f"remove every cached value from {CONTEXT_FILE}")


def run(args: argparse.Namespace) -> int:
    project = Project(Path.cwd())
    entries = _entries(project)
    if args.clear:
        project.write_cached_context({})
        info(f"All context values cleared from {CONTEXT_FILE}.")
        return 0
    if args.reset:
        return _reset(project, entries, args.reset)
    if args.json:
        out(json.dumps({key: value for key, value, _ in entries}, indent=2))
        return 0
    if not entries:
        info(f"This CDK application does not have any saved context values yet ({CONFIG_FILE} and {CONTEXT_FILE} "
             "have none).")
        return 0
    rows = [("#", "Key", "Value", "Source")] + [
        (str(i), key, json.dumps(value), source) for i, (key, value, source) in enumerate(entries, start=1)
    ]
    widths = [min(max(len(row[c]) for row in rows), 80) for c in range(4)]
    for row in rows:
        out("  ".join(cell[:80].ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    info(f"Run 'pycdk context --reset KEY_OR_NUMBER' to remove a value cached in {CONTEXT_FILE}.")
    return 0


def _entries(project: Project) -> list[tuple[str, Any, str]]:
    config = project.config.get("context") or {}
    cached = project.cached_context()
    entries = [(k, v, CONFIG_FILE) for k, v in sorted(config.items())]
    entries += [(k, v, CONTEXT_FILE) for k, v in sorted(cached.items()) if k not in config]
    return entries


def _reset(project: Project, entries: list[tuple[str, Any, str]], key_or_number: str) -> int:
    key = key_or_number
    if key_or_number.isdigit():
        index = int(key_or_number) - 1
        if not 0 <= index < len(entries):
            raise CliError(f"No context value with number {key_or_number} (there are {len(entries)})")
        key = entries[index][0]
    cached = project.cached_context()
    if key not in cached:
        if any(k == key for k, _, _ in entries):
            raise CliError(f"Cannot reset '{key}': it is set in {CONFIG_FILE}; edit that file instead")
        raise CliError(f"No context value with key '{key}'")
    del cached[key]
    project.write_cached_context(cached)
    info(f"Context value {key} reset. It will be refreshed on next synthesis")
    return 0
