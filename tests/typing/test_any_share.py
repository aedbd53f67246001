"""The share of ``Any`` in pycdk's public signatures stays down (``tools/typing_report.py``, introspection only).

A slot (a parameter, a return type, a class attribute of a public class or function of ``constructs``, ``l2``
and ``patterns``) counts as ``Any`` when it is unannotated or names ``Any``. The goal of issue 19 is under 2 %;
``CEILING`` is where the share stands and may only go down.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:  # tools/ is not an installed package
    sys.path.insert(0, ROOT)

from tools import typing_report  # noqa: E402

CEILING = 2.0  # percent; 8.2 before the interfaces were typed (1104 of 13478 slots), 2.47 after (333 of 13490),
# 1.88 after the core's value, scope and producer parameters were typed (254 of 13493); since then measured over the
# whole tree (every package of constructs, l2 and patterns): 1.47 % (791 of 53813 slots, lazily declared structs
# read through their built __init__)
# each package is held to CEILING too, except these (their share when the whole tree was first measured; a
# package's figure may only go down, and it leaves this table when it reaches CEILING)
ABOVE: dict[str, float] = {}  # l2.ec2 (5.9 -> 0.5) and l2.elasticloadbalancingv2 (2.8 -> 0.0) left it


@functools.cache
def _slots() -> list[typing_report.Slot]:
    slots = typing_report.collect()
    assert len(slots) > 50_000  # the whole public API was read, not an import that failed quietly
    return slots


def test_any_share_of_public_signatures_stays_under_the_ceiling() -> None:
    slots = _slots()
    share = 100 * typing_report.share(slots)
    worst = sorted({s.package for s in slots if s.is_any})
    assert share <= CEILING, f"{share:.2f} % of public signature slots are Any (ceiling {CEILING} %): {worst}"


def test_each_package_stays_under_its_ceiling() -> None:
    by_package: dict[str, list[typing_report.Slot]] = {}
    for slot in _slots():
        by_package.setdefault(slot.package, []).append(slot)
    assert len(by_package) > 60
    over = {
        package: round(100 * typing_report.share(group), 2)
        for package, group in by_package.items()
        if 100 * typing_report.share(group) > ABOVE.get(package, CEILING)
    }
    assert not over, f"Any share above the package's ceiling (percent): {over}"
    done = sorted(p for p, c in ABOVE.items() if 100 * typing_report.share(by_package[p]) <= CEILING)
    assert not done, f"at or under {CEILING} % now: take these out of ABOVE: {done}"


def test_a_slot_is_any_when_unannotated_or_naming_any() -> None:
    def slot(annotation: str | None) -> typing_report.Slot:
        return typing_report.Slot("l2.x", "l2.x.C.m", "param", "p", annotation)

    assert slot(None).is_any and slot("Any").is_any and slot("Mapping[str, Any] | None").is_any
    assert slot("typing.Any").is_any
    assert not slot("IGrantable").is_any and not slot("AnyPrincipal").is_any and not slot("object").is_any
