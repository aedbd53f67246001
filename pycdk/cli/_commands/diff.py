"""``pycdk diff``: compare the app's templates with a previous cloud assembly or a template file."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._private.assembly import StackInfo, is_assembly_dir, read_stacks, select_stacks
from .._private.capabilities import capabilities_line
from .._private.console import CliError, info, out, paint
from .._private.diff_format import render
from .._private.synthesis import add_app_options, obtain_assembly
from .._private.template_check import check_template
from .._private.template_diff import diff_templates
from .._private.yaml_output import load_template_text

NAME = "diff"
HELP = (
    "Compare the app's stacks with the deployed stacks (--deployed), a previous cloud assembly (--assembly DIR) or "
    "one stack with a template file (--template FILE): resources added, removed and changed, replacements, IAM and security-group changes."
)


@dataclass
class _Previous:
    """What the app is compared with: one template, or the templates of an assembly by artifact id."""

    template: dict[str, Any] | None = None
    by_stack: dict[str, dict[str, Any]] | None = None


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="stacks to compare (globs)")
    parser.add_argument("--template", metavar="FILE",
                        help="the previous template (JSON or YAML) of the one selected stack; a directory is read "
                        "as a cloud assembly")
    parser.add_argument("--assembly", metavar="DIR", help="a previous cloud assembly to compare every stack with")
    parser.add_argument("--deployed", action="store_true",
                        help="compare with the deployed stacks' templates (CloudFormation GetTemplate; needs boto3)")
    parser.add_argument("--fail", action="store_true", help="exit with code 1 when there are differences")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    previous = _read_previous(args)  # before synthesizing: the new assembly may replace the old directory
    _, stacks = obtain_assembly(args)
    selected = select_stacks(stacks, args.stacks)
    if args.deployed:
        from .._private.deploy_diff import deployed_templates

        previous = _Previous(by_stack=deployed_templates(selected))
    if previous.template is not None:
        if len(selected) != 1:
            names = ", ".join(s.display_name for s in selected)
            raise CliError(f"--template compares one stack; select one of: {names}")
        by_stack = {selected[0].artifact_id: previous.template}
    else:
        by_stack = previous.by_stack or {}
    absent = "not deployed" if args.deployed else "not in the previous assembly"
    differing = sum(_print_stack_diff(stack, by_stack.get(stack.artifact_id), absent) for stack in selected)
    if previous.by_stack is not None and not args.stacks:
        for artifact_id in by_stack:
            if all(s.artifact_id != artifact_id for s in selected):
                out(paint(f"Stack {artifact_id}", "bold", sys.stdout))
                out("[-] the stack is no longer in the app")
                out("")
                differing += 1
    info(f"Number of stacks with differences: {differing}")
    return 1 if args.fail and differing else 0


def _read_previous(args: argparse.Namespace) -> _Previous:
    if sum(map(bool, (args.template, args.assembly, args.deployed))) > 1:
        raise CliError("use one of --template, --assembly and --deployed", exit_code=2)
    if args.deployed:
        return _Previous()
    source = args.template or args.assembly
    if not source:
        raise CliError("compare with --deployed, --template FILE or --assembly DIR", exit_code=2)
    path = Path(source)
    if is_assembly_dir(path):
        return _Previous(by_stack={s.artifact_id: s.template for s in read_stacks(path)})
    if args.assembly:
        raise CliError(f"{source} is not a cloud assembly (no manifest.json)")
    if path.is_dir():
        raise CliError(f"--template {source} is a directory without manifest.json (not a cloud assembly)")
    if not path.is_file():
        raise CliError(f"template file {source} does not exist")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise CliError(f"--template {source} is not UTF-8 text (byte {e.start})") from e
    except OSError as e:
        raise CliError(f"cannot read {source}: {e.strerror or e}") from e
    if not text.strip():
        raise CliError(f"--template {source} is empty: expected a JSON or YAML template")
    try:
        template = load_template_text(text)
    except Exception as e:  # the JSON and YAML parsers raise assorted errors; one line is enough
        raise CliError(f"cannot read {source}: {' '.join(str(e).split())}") from e
    if not isinstance(template, dict):
        raise CliError(f"{source} does not hold a template (a JSON or YAML object)")
    return _Previous(template=check_template(template, f"--template {source}"))


def _print_stack_diff(stack: StackInfo, old: dict[str, Any] | None, absent: str) -> int:
    out(paint(f"Stack {stack.display_name}", "bold", sys.stdout))
    if old is None:
        out(f"[+] a new stack ({absent})")
        old = {}
    diff = diff_templates(old, stack.template)
    if diff.is_empty:
        out("There were no differences")
        out("")
        return 0
    for line in render(diff):
        out(line)
    needs = capabilities_line(stack)
    if needs is not None:
        out(needs)
        out("")
    return 1
