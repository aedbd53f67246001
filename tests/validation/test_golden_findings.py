"""pycdk's template checks on golden apps' templates, next to aws-cdk-lib's findings for the same apps.

``golden_findings_expected.json`` (``_golden_findings_oracle.py``) lists aws-cdk-lib's findings, for the rules pycdk
implements, on golden apps; the apps' fixture templates are what both synthesize (byte for byte).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from constructs._private.validation import check_template

HERE = Path(__file__).parent
GOLDEN = HERE.parent / "golden"
EXPECTED: dict[str, list[list[str]]] = json.loads((HERE / "golden_findings_expected.json").read_text("utf-8"))
# where a group of resources holds several cycles, aws-cdk-lib's engine reports the resources of one cycle it
# walks; pycdk reports every resource on a cycle, each with the shortest cycle through it
SEVERAL_CYCLES = {"l2_custom_resources/integ_provider_with_waiter_state_machine_custom_role"}
_CYCLE = re.compile(r"with \[(.*)\]$")


def _pycdk_findings(app: str) -> list[list[str]]:
    suite, name = app.split("/")
    out: list[list[str]] = []
    for path in sorted((GOLDEN / suite / "fixtures" / name).glob("*.template.json")):
        template = json.loads(path.read_text("utf-8"))
        out.extend([f.rule, f.description] for f in check_template(None, template))  # type: ignore[arg-type]
    return sorted(out)


@pytest.mark.parametrize("app", sorted(set(EXPECTED) - SEVERAL_CYCLES))
def test_same_findings_as_aws_cdk_lib(app: str) -> None:
    assert _pycdk_findings(app) == EXPECTED[app]


@pytest.mark.parametrize("app", sorted(SEVERAL_CYCLES))
def test_several_cycles_flag_at_least_the_resources_aws_cdk_lib_flags(app: str) -> None:
    ours = _pycdk_findings(app)
    theirs = EXPECTED[app]
    assert theirs and all(rule == "F3004" for rule, _ in theirs + ours)
    flagged = {d.split(":")[0] for _, d in ours}
    assert {d.split(":")[0] for _, d in theirs} <= flagged
    for _, d in ours:  # each reported cycle starts and ends at the resource it is reported for
        match = _CYCLE.search(d)
        assert match is not None
        ids = match.group(1).split(" -> ")
        assert f"Resources/{ids[0]}" == d.split(":")[0] and ids[0] == ids[-1]
