"""The benchmark app written as pycdk L1 (``Cfn*``) resources, IAM policies spelled out.

Run as ``python pycdk_l1_app.py UNITS [OUTDIR]``. It does what ``troposphere_app.py`` does, through
pycdk's construct tree and synthesizer, so it shows the cost of the core without the L2 layer. Logical IDs
are the construct ids (single path components are not hashed). With the import lines swapped for
``aws_cdk`` ones it runs unchanged on aws-cdk-lib. When ``BENCH_PHASES_FILE`` is set, the phase timings
(seconds) are written there as JSON, as in ``pycdk_app.py``.
"""

import time

_T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

import constructs as cdk  # noqa: E402
from l1 import iam, lambda_, s3, sqs  # noqa: E402

_PHASES_FILE = os.environ.get("BENCH_PHASES_FILE")

UNITS_PER_STACK = 50
HANDLER_CODE = "def handler(event, context):\n    return event\n"
ASSUME_ROLE_POLICY = {
    "Statement": [
        {"Action": "sts:AssumeRole", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}}
    ],
    "Version": "2012-10-17",
}


def add_unit(stack: cdk.Stack, i: int) -> None:
    """Add the five resources of unit ``i`` to ``stack``."""
    bucket = s3.CfnBucket(
        stack,
        f"Bucket{i}",
        versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
    )
    bucket.apply_removal_policy(cdk.RemovalPolicy.RETAIN)
    queue = sqs.CfnQueue(stack, f"Queue{i}")
    queue.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
    role = iam.CfnRole(
        stack,
        f"Handler{i}ServiceRole",
        assume_role_policy_document=ASSUME_ROLE_POLICY,
        managed_policy_arns=[
            cdk.Fn.join(
                "", ["arn:", cdk.Aws.PARTITION, ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]
            )
        ],
    )
    policy_name = f"Handler{i}ServiceRoleDefaultPolicy"
    policy = iam.CfnPolicy(
        stack,
        policy_name,
        policy_document={
            "Statement": [
                {
                    "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                    "Effect": "Allow",
                    "Resource": [bucket.attr_arn, cdk.Fn.join("", [bucket.attr_arn, "/*"])],
                },
                {
                    "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
                    "Effect": "Allow",
                    "Resource": queue.attr_arn,
                },
            ],
            "Version": "2012-10-17",
        },
        policy_name=policy_name,
        roles=[role.ref],
    )
    function = lambda_.CfnFunction(
        stack,
        f"Handler{i}",
        code=lambda_.CfnFunction.CodeProperty(zip_file=HANDLER_CODE),
        handler="index.handler",
        role=role.attr_arn,
        runtime="python3.12",
    )
    function.add_dependency(policy)
    function.add_dependency(role)


def main() -> None:
    """Build and synthesize the app, then report the phase timings."""
    units = int(sys.argv[1])
    outdir = sys.argv[2] if len(sys.argv) > 2 else None
    t_import = time.perf_counter()
    if _PHASES_FILE:
        import _pycdk_phases  # bench/apps/_pycdk_phases.py, imported after the import phase

        _pycdk_phases.install()
    t_start = time.perf_counter()
    app = cdk.App(outdir=outdir)
    stack = None
    for i in range(units):
        if i % UNITS_PER_STACK == 0:
            stack = cdk.Stack(app, f"BenchStack{i // UNITS_PER_STACK}")
        add_unit(stack, i)
    t_construct = time.perf_counter()
    app.synth()
    t_synth = time.perf_counter()
    if _PHASES_FILE:
        _pycdk_phases.write(_PHASES_FILE, _T0, t_import, t_start, t_construct, t_synth)


if __name__ == "__main__":
    main()
