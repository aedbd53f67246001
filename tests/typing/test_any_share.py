"""The share of ``Any`` in pycdk's public signatures stays down (``tools/typing_report.py``, introspection only).

A slot (a parameter, a return type, a class attribute of a public class or function of ``constructs``, ``l2``
and ``patterns``) counts as ``Any`` when it is unannotated or names ``Any``. The goal of issue 19 is under 2 %;
``CEILING`` is where the share stands and may only go down. The packages other sessions were still building
when it was measured are left out until they are complete.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # tools/ is not an installed package
    sys.path.insert(0, ROOT)

from tools import typing_report  # noqa: E402

CEILING = 3.6  # percent; 8.1 before the interfaces were typed (1104 of 13578 slots)
IN_PROGRESS = (
    "l2.ec2",
    "l2.stepfunctions",
    "l2.cognito",
    "l2.cognito_identitypool",
    "l2.apigatewayv2",
    "l2.apigatewayv2_authorizers",
    "l2.apigatewayv2_integrations",
)


def test_any_share_of_public_signatures_stays_under_the_ceiling() -> None:
    slots = typing_report.collect(exclude=IN_PROGRESS)
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
