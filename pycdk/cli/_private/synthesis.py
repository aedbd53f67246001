"""Getting a cloud assembly for a command: synthesize the app, or read ``--app <assembly dir>``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ...bootstrap import TRUSTED_ACCOUNTS_CONTEXT_KEY, deploying_account_from, trust_problems
from .assembly import StackInfo, is_assembly_dir, read_stacks
from .console import CliError, info
from .logs import log
from .project import Project, cli_context_defaults, run_app


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options every command that synthesizes takes."""
    group = parser.add_argument_group("app")
    group.add_argument("-a", "--app", help="the command that runs the app, or a cloud assembly directory "
                       "(default: 'app' in cdk.json)")
    group.add_argument("-o", "--output", metavar="DIR", help="where the cloud assembly goes (default: cdk.out)")
    group.add_argument("-c", "--context", action="append", default=[], metavar="KEY=VALUE",
                       help="add a context value (repeatable; a value starting with { or [ is JSON)")
    group.add_argument("--no-path-metadata", dest="path_metadata", action="store_false",
                       help="do not add aws:cdk:path metadata to resources")
    group.add_argument("--no-asset-metadata", dest="asset_metadata", action="store_false",
                       help="do not add aws:asset:* metadata to resources")
    group.add_argument("--no-version-reporting", dest="version_reporting", action="store_false",
                       help="do not add the CDKMetadata resource")


def obtain_assembly(args: argparse.Namespace) -> tuple[Path, list[StackInfo]]:
    """Synthesize (or read) the assembly; report its messages; return its directory and stacks.

    Raises:
        CliError: when the app fails or a stack carries an error message.
    """
    project = Project(Path.cwd())
    if args.app and is_assembly_dir(Path(args.app)):
        directory = Path(args.app).resolve()
        context: dict[str, Any] = project.context(args.context)
    else:
        context = cli_context_defaults(
            project.config,
            path_metadata=args.path_metadata,
            asset_metadata=args.asset_metadata,
            version_reporting=args.version_reporting,
        )
        context.update(project.context(args.context))
        directory = project.output_dir(args.output)
        run_app(project.app_command(args.app), cwd=project.directory, outdir=directory, context=context,
                verbose=bool(args.verbose), debug=args.debug)
    stacks = read_stacks(directory)
    log.debug("cloud assembly %s: %s", directory, ", ".join(s.display_name for s in stacks) or "no stacks")
    _report(stacks, context)
    return directory, stacks


def _report(stacks: list[StackInfo], context: dict[str, Any]) -> None:
    errors = 0
    for stack in stacks:
        shown: set[str] = set()
        for message in stack.messages:
            shown.add(message.text)
            colour = {"error": "red", "warning": "yellow"}.get(message.level, "dim")
            info(f"[{message.level.capitalize()} at {message.path}] {message.text}", colour)
            errors += message.level == "error"
        for problem in _trust_warnings(stack, context):
            if not any(problem in text for text in shown):
                info(f"[Warning at /{stack.display_name}] Deployment will fail: {problem}.", "yellow")
    if errors:
        raise CliError(f"Found errors: {errors} error message(s) in the assembly (see above)")


def _trust_warnings(stack: StackInfo, context: dict[str, Any]) -> list[str]:
    trusted = context.get(TRUSTED_ACCOUNTS_CONTEXT_KEY)
    if not isinstance(trusted, dict) or not stack.account.isdigit():
        return []
    return trust_problems(stack.account, trusted, deploying_account_from(context))
