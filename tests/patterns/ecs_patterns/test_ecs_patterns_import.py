"""Importing ``patterns.ecs_patterns`` loads no L2 service; a pattern loads only the services it builds on."""

from __future__ import annotations

import subprocess
import sys

_LOADED = (
    "import sys\n"
    "{stmt}\n"
    "print(','.join(sorted(m.split('.')[1] for m in sys.modules if m.startswith('l2.') and m.count('.') == 1\n"
    "                  and not m.split('.')[1].startswith('_'))))\n"
)


def _loaded_services(stmt: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", _LOADED.format(stmt=stmt)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return set(out.split(",")) - {""}


def test_importing_the_module_loads_no_service() -> None:
    assert _loaded_services("import patterns.ecs_patterns") == set()


def test_a_scheduled_task_loads_what_aws_cdk_lib_s_pattern_depends_on() -> None:
    stmt = (
        "from constructs import App, Stack\n"
        "from l2 import applicationautoscaling, ecs\n"
        "from patterns.ecs_patterns import ScheduledFargateTask, ScheduledFargateTaskImageOptions\n"
        "s = Stack(App(), 'S')\n"
        "ScheduledFargateTask(s, 'T', schedule=applicationautoscaling.Schedule.expression('rate(1 day)'),\n"
        "    scheduled_fargate_task_image_options=ScheduledFargateTaskImageOptions(\n"
        "        image=ecs.ContainerImage.from_registry('x')))"
    )
    loaded = _loaded_services(stmt)
    assert {"ecs", "events", "events_targets", "ec2"} <= loaded
    # aws-cdk-lib's ecs_patterns module depends on these (and what they depend on), never on unrelated services
    assert not loaded & {"s3_deployment", "apigateway", "dynamodb", "stepfunctions", "cognito", "cloudfront"}
