"""cfn-lint finds no errors in the golden templates of ``l2_stepfunctions``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted(
    p for suite in ("l2_stepfunctions",) for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)


# cfn-lint's Amazon States Language schema lags the service: these states are valid ASL (JSONata fields, a Parallel
# state's Parameters) and are what aws-cdk-lib renders; each finding is named by its app and JSON path.
KNOWN_ASL_SCHEMA_LAGS: dict[str, set[str]] = {
    "integ_map_jsonata_itemselector": {"States/My-Map-State/ItemSelector"},
    "integ_map_jsonata_maxconcurrency": {"States/My-Map-State/MaxConcurrency"},
    "integ_parallel_parameters": {"States/ParallelWithParams/Parameters"},
    "integ_state_machine_jsonata": {"States/Succeed/QueryLanguage", "States/Wait/Seconds"},
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 44


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    known = KNOWN_ASL_SCHEMA_LAGS.get(path.parent.name, set())
    errors = [
        f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches
        if m.rule.id.startswith("E") and not (m.rule.id == "E3601" and any(f"at '{k}'" in m.message for k in known))
    ]
    assert errors == []
