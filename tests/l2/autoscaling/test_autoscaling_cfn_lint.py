"""cfn-lint finds no errors in the golden templates of ``l2_autoscaling`` and ``l2_autoscaling_hooktargets``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output. Two ports keep a finding of aws-cdk-lib's own output, named in ``KNOWN``: their integ tests
put target tracking on a group with the default capacities (min = max = 1), which cfn-lint's E3712 reports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted(
    p
    for suite in ("l2_autoscaling", "l2_autoscaling_hooktargets")
    for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)


KNOWN = {
    ("l2_autoscaling/fixtures/integ_custom_scaling/aws-cdk-autoscaling-integ.template.json", "E3712"),
    ("l2_autoscaling/fixtures/integ_asg_w_elbv2/aws-cdk-asg-integ.template.json", "E3712"),
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 28


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    name = str(path.relative_to(GOLDEN))
    errors = [
        f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})"
        for m in matches
        if m.rule.id.startswith("E") and (name, m.rule.id) not in KNOWN
    ]
    assert errors == []
