"""The compute benchmark app with aws-cdk-lib: N units of VPC + load-balanced Fargate service, 10 units per stack.

Each unit: ``ec2.Vpc`` (2 AZs, public and private subnets, 1 NAT gateway), an ``ecs.Cluster`` in it and an
``ApplicationLoadBalancedFargateService`` running a registry image, with CPU target-tracking scaling.
Run as ``python cdk_compute_app.py UNITS [OUTDIR]``. When ``BENCH_PHASES_FILE`` is set, the phase timings
(seconds) are written there as JSON. ``pycdk_compute_app.py`` is this file with pycdk's import roots.
"""

import time

_T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import aws_cdk as cdk  # noqa: E402
from aws_cdk import aws_ec2 as ec2  # noqa: E402
from aws_cdk import aws_ecs as ecs  # noqa: E402
from aws_cdk import aws_ecs_patterns as ecs_patterns  # noqa: E402

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
