"""``pycdk destroy``: delete the selected stacks (dependents first) with CloudFormation (boto3)."""

from __future__ import annotations

import argparse
from typing import Any

from .._private.assembly import StackInfo, select_stacks
from .._private.console import CliError
from .._private.synthesis import add_app_options, obtain_assembly

NAME = "destroy"
HELP = (
    "Delete the selected stacks (and the stacks that depend on them) from CloudFormation, dependents first. "
    "Asks for confirmation unless --force. Needs boto3 (pip install 'pycdk[deploy]')."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="stacks to destroy (globs)")
    parser.add_argument("--all", action="store_true", help="destroy every stack of the app")
    parser.add_argument("-e", "--exclusively", action="store_true",
                        help="destroy only the named stacks, not the stacks that depend on them")
    parser.add_argument("-f", "--force", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--concurrency", type=int, default=1, metavar="N",
                        help="delete up to N independent stacks at once (default 1)")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    from .._private.aws_environment import boto3_module, resolve_environment
    from .._private.deployments import artifact_properties, ask, destroy_stack, run_in_order

    boto3_module()
    _, stacks = obtain_assembly(args)
    selected = _selection(stacks, args.stacks, args.all, args.exclusively)
    names = ", ".join(s.display_name for s in selected)
    if not args.force and not ask(f"Are you sure you want to delete: {names}?"):
        raise CliError(f"not destroying {names}: confirm on a terminal, or pass --force")

    def destroy_one(stack: StackInfo) -> Any:
        props = artifact_properties(stack)
        env = resolve_environment(stack.environment, stack.display_name)
        return destroy_stack(stack, env.assuming(props.get("assumeRoleArn"), props.get("assumeRoleExternalId")))

    run_in_order(selected, destroy_one, args.concurrency, reverse=True)
    return 0


def _selection(stacks: list[StackInfo], patterns: list[str], every: bool, exclusively: bool) -> list[StackInfo]:
    """The named stacks and, unless ``exclusively``, the stacks depending on them, in assembly order."""
    if not stacks:
        raise CliError("the app has no stacks")
    if every or (not patterns and len(stacks) == 1):
        return stacks
    if not patterns:
        names = ", ".join(s.display_name for s in stacks)
        raise CliError(f"the app has more than one stack ({names}): name the stacks to destroy, or pass --all")
    chosen = {s.artifact_id for s in select_stacks(stacks, patterns)}
    if not exclusively:
        grew = True
        while grew:
            grew = False
            for s in stacks:
                if s.artifact_id not in chosen and chosen.intersection(s.dependencies):
                    chosen.add(s.artifact_id)
                    grew = True
    return [s for s in stacks if s.artifact_id in chosen]
