"""``pycdk bootstrap --show-template``: print the CDKToolkit template that pycdk models."""

from __future__ import annotations

import argparse
import json

from ...bootstrap import BOOTSTRAP_VERSION, bootstrap_template
from .._private.console import CliError, out
from .._private.yaml_output import to_yaml

NAME = "bootstrap"
HELP = (
    f"Print the bootstrap (CDKToolkit) template, version {BOOTSTRAP_VERSION}. pycdk does not deploy: "
    "pass the printed file to 'cdk bootstrap --template <file>' or deploy it with CloudFormation."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--show-template", action="store_true", help="print the template (required)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of YAML")


def run(args: argparse.Namespace) -> int:
    if not args.show_template:
        raise CliError(
            "pycdk cannot deploy the bootstrap stack: use 'pycdk bootstrap --show-template > bootstrap.yaml' "
            "and then 'cdk bootstrap --template bootstrap.yaml'"
        )
    template = bootstrap_template()
    out(json.dumps(template, indent=1) if args.json else to_yaml(template).rstrip("\n"))
    return 0
