"""``pycdk bootstrap``: deploy the bootstrap (CDKToolkit) stack pycdk models, or print its template."""

from __future__ import annotations

import argparse
import json

from ...bootstrap import BOOTSTRAP_STACK_NAME, BOOTSTRAP_VERSION, bootstrap_template
from .._private.console import CliError, info, out
from .._private.yaml_output import to_yaml

NAME = "bootstrap"
HELP = (
    f"Deploy the bootstrap (CDKToolkit) stack, version {BOOTSTRAP_VERSION}, to the environments given as "
    "aws://ACCOUNT/REGION (default: the current credentials' account and region), through CloudFormation with "
    "boto3 (pip install 'pycdk[deploy]'); --show-template prints the template instead."
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("environments", nargs="*", metavar="ENVIRONMENTS", help="aws://ACCOUNT/REGION (repeatable)")
    parser.add_argument("--show-template", action="store_true", help="print the template instead of deploying it")
    parser.add_argument("--json", action="store_true", help="print JSON instead of YAML (with --show-template)")
    parser.add_argument("--toolkit-stack-name", default=BOOTSTRAP_STACK_NAME, metavar="NAME",
                        help=f"the name of the bootstrap stack (default {BOOTSTRAP_STACK_NAME})")
    parser.add_argument("--qualifier", metavar="QUALIFIER", help="the qualifier of the bootstrap resources")
    parser.add_argument("--bootstrap-bucket-name", metavar="NAME", help="the name of the assets bucket")
    parser.add_argument("--trust", action="append", default=[], metavar="ACCOUNT",
                        help="an account that may deploy into this environment (repeatable)")
    parser.add_argument("--trust-for-lookup", action="append", default=[], metavar="ACCOUNT",
                        help="an account that may look up values in this environment (repeatable)")
    parser.add_argument("--cloudformation-execution-policies", action="append", default=[], metavar="ARN",
                        help="a managed policy for the CloudFormation execution role (repeatable; default "
                        "AdministratorAccess)")
    parser.add_argument("--termination-protection", action="store_true",
                        help="turn termination protection on for the bootstrap stack")


def run(args: argparse.Namespace) -> int:
    template = bootstrap_template()
    if args.show_template:
        out(json.dumps(template, indent=1) if args.json else to_yaml(template).rstrip("\n"))
        return 0
    from .._private.aws_environment import resolve_environment
    from .._private.deployments import deploy_template

    for environment in args.environments or ["aws://unknown-account/unknown-region"]:
        if not environment.startswith("aws://") or environment.count("/") != 3:
            raise CliError(f"{environment!r} is not an environment: expected aws://ACCOUNT/REGION", exit_code=2)
        env = resolve_environment(environment, "bootstrap")
        info(f" ⏳  Bootstrapping environment aws://{env.account}/{env.region}...")
        result = deploy_template(env, args.toolkit_stack_name, template, _parameters(args, env.partition),
                                 termination_protection=args.termination_protection)
        info(f" ✅  Environment aws://{env.account}/{env.region} bootstrapped"
             + ("" if result.changed else " (no changes)") + ".")
    return 0


def _parameters(args: argparse.Namespace, partition: str) -> dict[str, str]:
    policies = args.cloudformation_execution_policies or [f"arn:{partition}:iam::aws:policy/AdministratorAccess"]
    parameters = {
        "CloudFormationExecutionPolicies": ",".join(policies),
        "TrustedAccounts": ",".join(args.trust),
        "TrustedAccountsForLookup": ",".join(args.trust_for_lookup),
    }
    if args.qualifier:
        parameters["Qualifier"] = args.qualifier
    if args.bootstrap_bucket_name:
        parameters["FileAssetsBucketName"] = args.bootstrap_bucket_name
    return parameters
