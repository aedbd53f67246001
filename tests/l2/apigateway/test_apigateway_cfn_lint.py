"""Every template pycdk synthesizes for the l2_apigateway golden apps passes cfn-lint with zero errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

APPS = [app for app in all_apps() if app.suite == "l2_apigateway"]

# Findings aws-cdk-lib's own template has too (the ports keep the original integ test as written), by app and
# template: the rule ids allowed there. The originals use nodejs14.x, deprecated since (E2531).
AWS_CDK_LIB_FINDINGS: dict[tuple[str, str], set[str]] = {
    ("l2_apigateway/integ_lambda_api_latebound_deploymentstage", "LateBoundDeploymentStageStack.template.json"): {
        "E2531"
    },
    (
        "l2_apigateway/integ_lambda_api_nonproxy",
        "LambdaApiIntegrationOptionsNonProxyIntegrationStack.template.json",
    ): {"E2531"},
    ("l2_apigateway/integ_request_authorizer_lit", "RequestAuthorizerInteg.template.json"): {"E2531"},
    ("l2_apigateway/integ_restapi_books", "restapi-books-example.template.json"): {"E2531"},
    ("l2_apigateway/integ_restapi_multiuse", "restapi-multiuse-example.template.json"): {"E2531"},
    ("l2_apigateway/integ_token_authorizer", "TokenAuthorizerInteg.template.json"): {"E2531"},
    ("l2_apigateway/integ_parametrized_swagger_api", "my-stack.template.json"): {"E2531"},
    ("l2_apigateway/integ_parametrized_swagger_api", "test-apigateway-parameterized-swagger.template.json"): {"E2531"},
}


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert len(APPS) >= 12


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        allowed = AWS_CDK_LIB_FINDINGS.get((app.test_id, path.name), set())
        errors = [e for e in _errors(path.read_text(encoding="utf-8")) if e.split(" ", 1)[0] not in allowed]
        assert errors == [], path.name


def test_the_lint_check_catches_a_broken_method() -> None:
    broken = {
        "Resources": {
            "M": {"Type": "AWS::ApiGateway::Method",
                  "Properties": {"HttpMethod": "GET", "ResourceId": "r", "RestApiId": "a",
                                 "Integration": {"Type": "NOT_A_TYPE"}}}
        }
    }
    assert _errors(json.dumps(broken)) != []
