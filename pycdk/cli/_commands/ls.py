"""``pycdk ls``: list the stacks of the app."""

from __future__ import annotations

import argparse

from .._private.assembly import StackInfo, select_stacks
from .._private.capabilities import stack_capabilities
from .._private.console import out
from .._private.synthesis import add_app_options, obtain_assembly
from .._private.yaml_output import to_yaml

NAME = "ls"
ALIASES = ["list"]
HELP = "List the stacks of the app (their construct paths)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="only these stacks (globs)")
    parser.add_argument("-l", "--long", action="store_true", help="also show stack names, environments and required capabilities (YAML)")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    _, stacks = obtain_assembly(args)
    selected = select_stacks(stacks, args.stacks)
    if args.long:
        out(to_yaml([_describe(s) for s in selected]))
        return 0
    for stack in selected:
        out(_label(stack))
    return 0


def _label(stack: StackInfo) -> str:
    """The construct path, followed by the stack name in parentheses when it differs (as the CDK CLI shows)."""
    return stack.display_name + (f" ({stack.stack_name})" if stack.stack_name != stack.display_name else "")


def _describe(stack: StackInfo) -> dict[str, object]:
    described: dict[str, object] = {
        "id": _label(stack),
        "name": stack.stack_name,
        "environment": {"account": stack.account, "region": stack.region, "name": stack.environment},
    }
    needed = stack_capabilities(stack)
    if needed:  # the capabilities a deploy must acknowledge (a pycdk addition to the CDK CLI's listing)
        described["capabilities"] = needed
    return described
