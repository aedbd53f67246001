"""cfn-lint finds no errors in the golden templates of ``l2_stepfunctions_tasks``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted((GOLDEN / "l2_stepfunctions_tasks" / "fixtures").rglob("*.template.json"))

# aws-cdk-lib's own output for a stack that only holds a task construct (integ.call-rest-api-cross-region defines the
# task in a stack of its own and uses it in the API's stack): no resources, so cfn-lint's E1001 only
EMPTY_TEMPLATES = {"integ_call_rest_api_cross_region/CallRestApiInteg-SfnStack.template.json"}
# aws-cdk-lib's integ.invoke.payload.only still runs its two functions on Node.js 14 (a deprecated runtime): the same
# template, so cfn-lint's E2531 on each function, and nothing else
DEPRECATED_RUNTIME = {
    "integ_invoke_payload_only/aws-stepfunctions-tasks-lambda-invoke-integ.template.json": [
        "submitJobLambdaEFB00F3C", "checkJobStateLambda4618B7B7"],
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 21


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    if f"{path.parent.name}/{path.name}" in EMPTY_TEMPLATES:
        assert "Resources" not in template
        assert errors == ["E1001 'Resources' is a required property ()"]
        return
    functions = DEPRECATED_RUNTIME.get(f"{path.parent.name}/{path.name}")
    if functions is not None:
        assert sorted(e.split(" ")[0] + " " + e.rsplit("Resources/", 1)[1].split("/")[0] for e in errors) == sorted(
            f"E2531 {f}" for f in functions)
        assert all("Runtime 'nodejs14.x' was deprecated" in e for e in errors)
        return
    assert errors == []
