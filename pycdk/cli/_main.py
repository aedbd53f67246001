"""The ``pycdk`` entry point: an argparse parser with one sub-command per module of ``_commands``."""

from __future__ import annotations

import argparse
import platform
import signal
import sys
import textwrap
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from .. import __version__
from ._commands import bootstrap, context, deploy, destroy, diff, doctor, graph, init, ls, synth
from ._private.console import CliError, error_line
from ._private.logs import LogSetup, log

COMMANDS: tuple[ModuleType, ...] = (init, synth, ls, diff, graph, context, bootstrap, deploy, destroy, doctor)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one ``pycdk: error:`` line (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see '{self.prog} --help')", exit_code=2)


_VERBOSE_HELP = (
    "show debug logs; repeat for more (-vv: trace, -vvv: the AWS SDK's logs too); a failing app's full output"
)
_DEBUG_HELP = "more detailed output to diagnose the app and pycdk: debug logs, and the app runs with CDK_DEBUG=true"


def _add_log_options(parser: argparse.ArgumentParser, prefix: str = "") -> None:
    """``-v/--verbose`` (a count) and ``--debug``, as the CDK CLI has them, before or after the command."""
    parser.add_argument("-v", "--verbose", dest=f"{prefix}verbose", action="count", default=0, help=_VERBOSE_HELP)
    parser.add_argument("--debug", dest=f"{prefix}debug", action="store_true", help=_DEBUG_HELP)


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser."""
    parser = _Parser(
        prog="pycdk",
        description="pycdk: synthesize, inspect and compare the CloudFormation of pycdk apps.",
        epilog="Run 'pycdk COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"pycdk {__version__}")
    _add_log_options(parser)
    common = _Parser(add_help=False)
    _add_log_options(common, prefix="command_")  # given after the command: added to those given before it
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        sub = subparsers.add_parser(
            module.NAME,
            aliases=getattr(module, "ALIASES", []),
            help=module.HELP,
            description=textwrap.fill(module.HELP, 100),
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``pycdk`` with ``argv`` (default: the process arguments); return the exit code."""
    parser = build_parser()
    previous_term = _stop_on_sigterm()
    logs: LogSetup | None = None
    try:
        args = parser.parse_args(argv)
        args.verbose += getattr(args, "command_verbose", 0)
        args.debug = args.debug or getattr(args, "command_debug", False)
        logs = LogSetup(args.verbose, args.debug)
        log.debug("pycdk %s on Python %s (%s); arguments: %s", __version__, platform.python_version(),
                  sys.executable, list(sys.argv[1:] if argv is None else argv))
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return 2
        return int(args.run(args) or 0)
    except CliError as e:
        log.debug("the command failed", exc_info=e)  # with -v/--debug: where, in pycdk, it failed
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
        if logs is not None:
            logs.close()
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
