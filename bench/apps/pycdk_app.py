"""The benchmark app with pycdk: ``cdk_app.py`` with pycdk's import roots.

Run as ``python pycdk_app.py UNITS [OUTDIR]``. When ``BENCH_PHASES_FILE`` is set, the phase timings
(seconds) are written there as JSON: import, construct, synth and write (JSON serialization during
``app.synth()``; see ``_pycdk_phases.py``).
"""

import time

_T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

import constructs as cdk  # noqa: E402
from l2 import iam, lambda_, s3, sqs  # noqa: E402, F401  (imported as a user would; grants use it)

_PHASES_FILE = os.environ.get("BENCH_PHASES_FILE")

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
    if _PHASES_FILE:
        import _pycdk_phases  # bench/apps/_pycdk_phases.py, imported after the import phase

        _pycdk_phases.install()
    t_start = time.perf_counter()
    app = cdk.App(outdir=outdir)
    build(app, units)
    t_construct = time.perf_counter()
    app.synth()
    t_synth = time.perf_counter()
    if _PHASES_FILE:
        _pycdk_phases.write(_PHASES_FILE, _T0, t_import, t_start, t_construct, t_synth)


if __name__ == "__main__":
    main()
