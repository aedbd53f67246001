"""The compute benchmark app with pycdk: ``cdk_compute_app.py`` with pycdk's import roots.

Run as ``python pycdk_compute_app.py UNITS [OUTDIR]``. When ``BENCH_PHASES_FILE`` is set, the phase timings
(seconds) are written there as JSON: import, construct, synth and write (JSON serialization during
``app.synth()``; see ``_pycdk_phases.py``).
"""

import time

_T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

import constructs as cdk  # noqa: E402
from l2 import ec2, ecs  # noqa: E402
from patterns import ecs_patterns  # noqa: E402

_PHASES_FILE = os.environ.get("BENCH_PHASES_FILE")

UNITS_PER_STACK = 10
IMAGE = "public.ecr.aws/nginx/nginx:1.27"


def build(app: cdk.App, units: int) -> None:
    """Add ``units`` units to ``app``, in stacks of at most ``UNITS_PER_STACK`` units."""
    stack = None
    for i in range(units):
        if i % UNITS_PER_STACK == 0:
            stack = cdk.Stack(app, f"ComputeStack{i // UNITS_PER_STACK}")
        vpc = ec2.Vpc(stack, f"Vpc{i}", max_azs=2, nat_gateways=1)
        cluster = ecs.Cluster(stack, f"Cluster{i}", vpc=vpc)
        service = ecs_patterns.ApplicationLoadBalancedFargateService(
            stack,
            f"Service{i}",
            cluster=cluster,
            desired_count=2,
            task_image_options=ecs_patterns.ApplicationLoadBalancedTaskImageOptions(
                image=ecs.ContainerImage.from_registry(IMAGE), container_port=80
            ),
        )
        scaling = service.service.auto_scale_task_count(max_capacity=4)
        scaling.scale_on_cpu_utilization("Cpu", target_utilization_percent=60)


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
