"""``pycdk synth``: run the app into a cloud assembly and print a stack's template (YAML by default)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .._private.assembly import select_stacks
from .._private.console import CliError, info, out
from .._private.synthesis import add_app_options, obtain_assembly
from .._private.yaml_output import to_yaml

NAME = "synth"
ALIASES = ["synthesize"]
HELP = "Synthesize the app into a cloud assembly and print the template of the selected stack."
EPILOG = """\
Bootstrap trust check: set the context key "trusted_accounts" (in cdk.json, or -c) to
{"<target account>": ["<account it trusts>", ...]}, i.e. how each target account was bootstrapped
('cdk bootstrap --trust'). Stacks pinned to an account that is not listed, or whose bootstrap does not trust
the deploying account (-c deploy_account=..., else $CDK_DEFAULT_ACCOUNT), get a warning: deploying them
fails with "Policy contains a statement with one or more invalid principals" or AccessDenied.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("stacks", nargs="*", metavar="STACKS", help="stacks to print (globs on their path or name)")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON instead of YAML")
    fmt.add_argument("--yaml", action="store_true", help="print YAML (the default)")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not print the template")
    parser.add_argument("--rules", metavar="PACKS", help="check the templates with rule packs (security, serverless; "
                        "comma-separated; docs/rules.md): findings go to stderr, error findings fail the command")
    parser.add_argument("--rules-report", metavar="FILE", help="with --rules, also write the findings to FILE: "
                        "SARIF 2.1.0 for *.sarif, JSON otherwise")
    add_app_options(parser)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "rules", None):
        directory, stacks = _synth_for_rules(args)
    else:
        directory, stacks = obtain_assembly(args)
    selected = select_stacks(stacks, args.stacks)
    if args.quiet:
        return 0
    if len(selected) != 1:
        names = ", ".join(s.display_name for s in selected)
        info(f"Supply a stack id ({names}) to display its template.")
        return 0
    template = displayed_template(selected[0].template)
    out(json.dumps(template, indent=2) if args.json else to_yaml(template))
    return 0


def _synth_for_rules(args: argparse.Namespace) -> tuple[Any, Any]:
    """Synthesize with the app writing all its acknowledgements (those of the app and its stages are in no
    artifact) to a temporary file, then run the rule packs."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from ...rules._cli import ACKNOWLEDGEMENTS_FILE_ENV

    folder = tempfile.mkdtemp(prefix="pycdk-rules-")
    acks = Path(folder) / "acknowledgements.json"
    before = os.environ.get(ACKNOWLEDGEMENTS_FILE_ENV)
    os.environ[ACKNOWLEDGEMENTS_FILE_ENV] = str(acks)
    try:
        directory, stacks = obtain_assembly(args)
        _check_rules(directory, args.rules, args.rules_report, acks)
    finally:
        if before is None:
            os.environ.pop(ACKNOWLEDGEMENTS_FILE_ENV, None)
        else:
            os.environ[ACKNOWLEDGEMENTS_FILE_ENV] = before
        shutil.rmtree(folder, ignore_errors=True)
    return directory, stacks


def _check_rules(directory: Any, packs: str, report: str | None, acknowledgements: Any = None) -> None:
    """Run the rule packs over the assembly; print the table; fail on error findings."""
    from ...rules import packs_from_names
    from ...rules._cli import check_assembly_for_cli

    try:
        selected = packs_from_names(packs)
    except ValueError as e:
        raise CliError(f"--rules: {e}", exit_code=2) from None
    result = check_assembly_for_cli(directory, selected, report, acknowledgements)
    info(result.to_table(), "red" if result.errors else None)
    if result.errors:
        raise CliError(f"rules: {len(result.errors)} error finding(s) (see above; suppress with Rules.suppress)")


def displayed_template(template: dict[str, Any]) -> dict[str, Any]:
    """The template as the CDK CLI displays it: without the ``CheckBootstrapVersion`` rule (noise to readers).

    The file in the assembly keeps the rule; only the printed copy drops it (and ``Rules`` if it empties).
    """
    rules = template.get("Rules")
    if not isinstance(rules, dict) or "CheckBootstrapVersion" not in rules:
        return template
    shown = dict(template)
    remaining = {k: v for k, v in rules.items() if k != "CheckBootstrapVersion"}
    if remaining:
        shown["Rules"] = remaining
    else:
        del shown["Rules"]
    return shown
