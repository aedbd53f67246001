"""The ``pycdk`` entry point: an argparse parser with one sub-command per module of ``_commands``."""

from __future__ import annotations

import argparse
import signal
import sys
import textwrap
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from .. import __version__
from ._commands import bootstrap, context, deploy, destroy, diff, doctor, graph, init, ls, synth
from ._private.console import CliError, error_line

COMMANDS: tuple[ModuleType, ...] = (init, synth, ls, diff, graph, context, bootstrap, deploy, destroy, doctor)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one ``pycdk: error:`` line (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')", exit_code=2)


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser."""
    parser = _Parser(
        prog="pycdk",
        description="pycdk: synthesize, inspect and compare the CloudFormation of pycdk apps.",
        epilog="Run 'pycdk COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"pycdk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        sub = subparsers.add_parser(
            module.NAME,
            aliases=getattr(module, "ALIASES", []),
            help=module.HELP,
            description=textwrap.fill(module.HELP, 100),
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pycdk`` with ``argv`` (default: the process arguments); return the exit code."""
    parser = build_parser()
    previous_term = _stop_on_sigterm()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return 2
        return int(args.run(args) or 0)
    except CliError as e:
        error_line(str(e))
        return e.exit_code
    except KeyboardInterrupt:
        error_line("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as e:  # the environment, not pycdk: a file that cannot be read or written
        where = f"{e.filename}: " if e.filename else ""
        error_line(f"{where}{e.strerror or e}")
        return 1
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm() -> Any:
    """SIGTERM stops pycdk as Ctrl-C does (the app it runs is stopped too); the previous handler."""
    try:
        return signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (pycdk called from a test's thread): leave signals alone
        return None
