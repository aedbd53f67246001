"""cfn-lint finds no errors in the golden templates of ``l2_apigatewayv2``, ``l2_apigatewayv2_integrations`` and
``l2_apigatewayv2_authorizers``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output. One cfn-lint runner (its rules loaded once) checks every template: loading the rules is most
of the cost of a ``cfnlint.api.lint`` call.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cfnlint.config import ConfigMixIn
from cfnlint.decode.decode import decode_str
from cfnlint.runner import Runner

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
SUITES = ("l2_apigatewayv2", "l2_apigatewayv2_integrations", "l2_apigatewayv2_authorizers")
TEMPLATES = sorted(p for suite in SUITES for p in (GOLDEN / suite / "fixtures").rglob("*.template.json"))


# Findings the original integ test's own template has (the ports keep it as written).
ORIGINAL_FINDINGS: dict[str, set[str]] = {
    # its Lambda functions use nodejs14.x, deprecated since (cfn-lint E2531)
    "integ_websocket_lambda_connect_disconnect_trigger": {"E2531"},
}


@pytest.fixture(scope="module")
def runner() -> Runner:
    return Runner(ConfigMixIn(regions=["us-east-1"]))


def _errors(runner: Runner, template: dict) -> list[str]:
    return [
        f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})"
        for m in runner.validate_template(template)
        if m.rule.id.startswith("E")
    ]


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 30


def test_the_runner_reports_errors(runner: Runner) -> None:
    # the shared runner is live: an unknown property of a known type is an error
    bad = {"Resources": {"Api": {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Bogus": 1}}}}
    assert [e.split()[0] for e in _errors(runner, bad)] == ["E3002"]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(runner: Runner, path: Path) -> None:
    template, decode_errors = decode_str(path.read_text())
    assert not decode_errors
    allowed = ORIGINAL_FINDINGS.get(path.parent.name, set())
    errors = _errors(runner, template)
    assert [e for e in errors if e.split()[0] not in allowed] == []
    if allowed:  # the named findings are still raised (else the allowance is stale)
        assert {e.split()[0] for e in errors} == allowed
