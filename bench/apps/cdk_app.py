"""The benchmark app with aws-cdk-lib: N units of bucket, queue and function, 50 units per stack.

Run as ``python cdk_app.py UNITS [OUTDIR]``. When ``BENCH_PHASES_FILE`` is set, the phase timings
(seconds) are written there as JSON. ``pycdk_app.py`` is this file with pycdk's import roots.
"""

import time

_T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import aws_cdk as cdk  # noqa: E402
from aws_cdk import aws_iam as iam  # noqa: E402, F401  (imported as a user would; grants use it)
from aws_cdk import aws_lambda as lambda_  # noqa: E402
from aws_cdk import aws_s3 as s3  # noqa: E402
from aws_cdk import aws_sqs as sqs  # noqa: E402

UNITS_PER_STACK = 50
HANDLER_CODE = "def handler(event, context):\n    return event\n"


def build(app: cdk.App, units: int) -> None:
    """Add ``units`` units to ``app``, in stacks of at most ``UNITS_PER_STACK`` units."""
    stack = None
    for i in range(units):
        if i % UNITS_PER_STACK == 0:
            stack = cdk.Stack(app, f"BenchStack{i // UNITS_PER_STACK}")
        bucket = s3.Bucket(stack, f"Bucket{i}", versioned=True)
        queue = sqs.Queue(stack, f"Queue{i}")
        fn = lambda_.Function(
            stack,
            f"Handler{i}",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline(HANDLER_CODE),
        )
        bucket.grant_read(fn)
        queue.grant_send_messages(fn)


def main() -> None:
    """Build and synthesize the app, then report the phase timings."""
    units = int(sys.argv[1])
    outdir = sys.argv[2] if len(sys.argv) > 2 else None
    t_import = time.perf_counter()
    app = cdk.App(outdir=outdir)
    build(app, units)
    t_construct = time.perf_counter()
    app.synth()
    t_synth = time.perf_counter()
    phases_file = os.environ.get("BENCH_PHASES_FILE")
    if phases_file:
        phases = {
            "import": t_import - _T0,
            "construct": t_construct - t_import,
            "synth": t_synth - t_construct,
        }
        with open(phases_file, "w") as f:
            json.dump(phases, f)


if __name__ == "__main__":
    main()
