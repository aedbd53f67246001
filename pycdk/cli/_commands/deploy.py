"""``pycdk deploy``: synthesize, publish the assets and deploy the stacks through CloudFormation (boto3)."""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path
from typing import Any

from .._private.assembly import StackInfo, select_stacks
from .._private.console import CliError, info, out
from .._private.lookups import obtain_assembly_with_lookups
from .._private.synthesis import add_app_options

NAME = "deploy"
HELP = (
    "Deploy the selected stacks (and the stacks they depend on) with CloudFormation: publish their assets to the "
    "bootstrap bucket, create and execute a change set, follow the stack events. Needs boto3 "
    "(pip install 'pycdk[deploy]') and AWS credentials; AWS_ENDPOINT_URL points it at an emulator."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="stacks to deploy (globs)")
    parser.add_argument("--all", action="store_true", help="deploy every stack of the app")
    parser.add_argument("-e", "--exclusively", action="store_true",
                        help="deploy only the named stacks, not the stacks they depend on")
    parser.add_argument("--require-approval", choices=("never", "any-change", "broadening"), default="broadening",
                        help="which changes need confirming on the terminal (default: broadening, i.e. IAM or "
                        "security-group changes that widen access)")
    parser.add_argument("--no-rollback", dest="rollback", action="store_false",
                        help="leave the resources of a failed deployment in place (no rollback)")
    parser.add_argument("--parameters", action="append", default=[], metavar="[STACK:]KEY=VALUE",
                        help="a value for a template parameter (repeatable)")
    parser.add_argument("--outputs-file", "-O", metavar="FILE", help="write the stack outputs to FILE (JSON)")
    parser.add_argument("--concurrency", type=int, default=1, metavar="N",
                        help="deploy up to N independent stacks at once (default 1)")
    parser.add_argument("--method", choices=("change-set", "direct"), default="change-set",
                        help="deploy through a change set (default) or CreateStack/UpdateStack directly")
    parser.add_argument("--no-lookups", dest="lookups", action="store_false",
                        help="do not resolve missing context (lookups) through AWS")
    parser.add_argument("--tags", action="append", default=[], metavar="KEY=VALUE",
                        help="a tag for the stacks (repeatable)")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    from .._private.aws_environment import boto3_module

    boto3_module()  # a missing boto3 fails before the app runs
    if args.concurrency < 1:
        raise CliError(f"--concurrency must be at least 1, not {args.concurrency}", exit_code=2)
    _, stacks = obtain_assembly_with_lookups(args)
    selected = deployment_selection(stacks, args.stacks, args.all, args.exclusively)
    parameters = _parameters(args.parameters, selected)
    tags = _pairs(args.tags, "--tags")
    started = time.monotonic()
    results = _deploy_all(selected, args, parameters, tags)
    outputs: dict[str, dict[str, str]] = {}
    for stack in selected:
        result = results[stack.artifact_id]
        outputs[stack.stack_name] = result.outputs
        if result.outputs:
            out("Outputs:")
            for key, value in result.outputs.items():
                out(f"{stack.display_name}.{key} = {value}")
        out("Stack ARN:")
        out(result.stack_id)
        out("")
    info(f"✨  Total time: {time.monotonic() - started:.2f}s")
    if args.outputs_file:
        path = Path(args.outputs_file)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(outputs, indent=2) + "\n", encoding="utf-8")
    return 0


def deployment_selection(stacks: list[StackInfo], patterns: list[str], every: bool,
                         exclusively: bool) -> list[StackInfo]:
    """The stacks to work on, in assembly order: the named ones (with their dependencies unless ``exclusively``).

    Raises:
        CliError: when the app has several stacks and neither a pattern nor ``--all`` was given.
    """
    if not stacks:
        raise CliError("the app has no stacks")
    if every or (not patterns and len(stacks) == 1):
        return stacks
    if not patterns:
        names = ", ".join(s.display_name for s in stacks)
        raise CliError(f"the app has more than one stack ({names}): name the stacks to use, or pass --all")
    chosen = {s.artifact_id for s in select_stacks(stacks, patterns)}
    if not exclusively:
        by_id = {s.artifact_id: s for s in stacks}
        todo = list(chosen)
        while todo:
            for dep in by_id[todo.pop()].dependencies:
                if dep in by_id and dep not in chosen:
                    chosen.add(dep)
                    todo.append(dep)
    return [s for s in stacks if s.artifact_id in chosen]


def _deploy_all(selected: list[StackInfo], args: argparse.Namespace, parameters: dict[str, dict[str, str]],
                tags: dict[str, str]) -> dict[str, Any]:
    from .._private.asset_publishing import publish_assets
    from .._private.aws_environment import resolve_environment
    from .._private.deployments import (
        DeployOptions,
        artifact_properties,
        ask,
        check_bootstrap,
        deploy_stack,
        run_in_order,
    )

    lock = threading.Lock()
    total = len(selected)
    counter = iter(range(1, total + 1))

    def deploy_one(stack: StackInfo) -> Any:
        with lock:
            position = next(counter)
        info(f"{stack.display_name}: deploying... [{position}/{total}]")
        env = resolve_environment(stack.environment, stack.display_name)
        props = artifact_properties(stack)
        deploy_env = env.assuming(props.get("assumeRoleArn"), props.get("assumeRoleExternalId"))
        check_bootstrap(stack, deploy_env, props)
        publish_assets(stack.directory, stack.artifact_id, stack.display_name, env)
        options = DeployOptions(
            method=args.method, rollback=args.rollback, parameters=parameters.get(stack.artifact_id, {}),
            require_approval=args.require_approval, tags=tags,
        )
        return deploy_stack(stack, deploy_env, options, confirm=ask)

    return run_in_order(selected, deploy_one, args.concurrency)


def _pairs(items: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CliError(f"{option} {item!r}: expected KEY=VALUE", exit_code=2)
        pairs[key] = value
    return pairs


def _parameters(items: list[str], selected: list[StackInfo]) -> dict[str, dict[str, str]]:
    """``[STACK:]KEY=VALUE`` by artifact id; a value without a stack goes to every selected stack that declares it."""
    by_stack: dict[str, dict[str, str]] = {}
    for item in items:
        head, sep, value = item.partition("=")
        if not sep or not head:
            raise CliError(f"--parameters {item!r}: expected [STACK:]KEY=VALUE", exit_code=2)
        stack_name, colon, key = head.rpartition(":")
        if colon:
            targets = [s for s in selected if stack_name in (s.display_name, s.artifact_id, s.stack_name)]
            if not targets:
                raise CliError(f"--parameters {item!r}: no selected stack is named {stack_name}")
        else:
            targets = [s for s in selected if key in (s.template.get("Parameters") or {})]
            if not targets:
                raise CliError(f"--parameters {item!r}: no selected stack has the parameter {key}")
        for stack in targets:
            by_stack.setdefault(stack.artifact_id, {})[key] = value
    return by_stack
