"""The share of ``Any`` in pycdk's public signatures stays down (``tools/typing_report.py``, introspection only).

A slot (a parameter, a return type, a class attribute of a public class or function of ``constructs``, ``l2``
and ``patterns``) counts as ``Any`` when it is unannotated or names ``Any``. The goal of issue 19 is under 2 %;
``CEILING`` is where the share stands and may only go down.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # tools/ is not an installed package
    sys.path.insert(0, ROOT)

from tools import typing_report  # noqa: E402

CEILING = 2.0  # percent; 8.2 before the interfaces were typed (1104 of 13478 slots), 2.47 after (333 of 13490),
# 1.88 after the core's value, scope and producer parameters were typed (254 of 13493)
# the packages measured: the core, patterns and the l2 packages complete when the ceiling was set (a package
# joins when it is complete: tests/parity/complete.txt); packages still being built are not held to it yet
MEASURED = (
    "constructs", "patterns", "l2.apigateway", "l2.applicationautoscaling", "l2.autoscaling_common",
    "l2.cloudformation_include", "l2.cloudwatch", "l2.custom_resources", "l2.dynamodb", "l2.ecr", "l2.ecr_assets",
    "l2.efs", "l2.events", "l2.events_targets", "l2.iam", "l2.kinesis", "l2.kinesisfirehose", "l2.kms", "l2.lambda_",
    "l2.lambda_destinations", "l2.lambda_event_sources", "l2.logs", "l2.logs_destinations", "l2.region_info",
    "l2.s3", "l2.s3_assets", "l2.s3_deployment", "l2.s3_notifications", "l2.sam", "l2.secretsmanager",
    "l2.servicecatalog", "l2.sns", "l2.sns_subscriptions", "l2.sqs", "l2.ssm",
)


def test_any_share_of_public_signatures_stays_under_the_ceiling() -> None:
    slots = [s for s in typing_report.collect(only=MEASURED) if s.package in MEASURED]
    assert len(slots) > 10_000  # the whole public API was read, not an import that failed quietly
    share = 100 * typing_report.share(slots)
    worst = sorted({s.package for s in slots if s.is_any})
    assert share <= CEILING, f"{share:.2f} % of public signature slots are Any (ceiling {CEILING} %): {worst}"


def test_a_slot_is_any_when_unannotated_or_naming_any() -> None:
    def slot(annotation: str | None) -> typing_report.Slot:
        return typing_report.Slot("l2.x", "l2.x.C.m", "param", "p", annotation)

    assert slot(None).is_any and slot("Any").is_any and slot("Mapping[str, Any] | None").is_any
    assert slot("typing.Any").is_any
    assert not slot("IGrantable").is_any and not slot("AnyPrincipal").is_any and not slot("object").is_any
