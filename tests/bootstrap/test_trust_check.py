"""The ``trusted_accounts`` check warns about deployments that would fail with "invalid principals"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from constructs import App, Aspects, Stack
from pycdk.bootstrap import WARNING_ID, BootstrapTrustCheck, deploying_account_from, trust_problems

TARGET, DEPLOYER = "222222222222", "111111111111"


def warnings_of(tmp_path: Path, context: dict[str, Any], account: str | None = TARGET) -> list[str]:
    app = App(outdir=str(tmp_path / "cdk.out"), context=context)
    env = {"account": account, "region": "eu-west-1"} if account else None
    stack = Stack(app, "Target", env=env)
    Aspects.of(app).add(BootstrapTrustCheck())
    artifact = app.synth().get_stack_artifact(stack.artifact_id)
    return [m.entry["data"] for m in artifact.messages if m.level == "warning"]


@pytest.fixture(autouse=True)
def no_cli_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CDK_CONTEXT_JSON", "CDK_OUTDIR", "CDK_DEFAULT_ACCOUNT"):
        monkeypatch.delenv(name, raising=False)


def test_an_account_not_listed_gets_a_warning_naming_the_cloudformation_error(tmp_path):
    (warning,) = warnings_of(tmp_path, {"trusted_accounts": {"333333333333": []}})
    assert warning.startswith(f"Deployment will fail: account {TARGET} is not listed")
    assert "Policy contains a statement with one or more invalid principals" in warning
    assert f"cdk bootstrap aws://{TARGET}/<region>" in warning
    assert f"[ack: {WARNING_ID}]" in warning


def test_a_bootstrap_without_trust_for_the_deploying_account_is_reported(tmp_path):
    context = {"trusted_accounts": {TARGET: ["444444444444"]}, "deploy_account": DEPLOYER}
    (warning,) = warnings_of(tmp_path, context)
    assert f"bootstrapped without trusting the deploying account {DEPLOYER} (trusted: 444444444444)" in warning
    assert f"--trust {DEPLOYER}" in warning


def test_a_trusted_deploying_account_gives_no_warning(tmp_path):
    context = {"trusted_accounts": {TARGET: [DEPLOYER]}, "deploy_account": DEPLOYER}
    assert warnings_of(tmp_path, context) == []


def test_without_the_context_key_or_an_explicit_account_nothing_is_checked(tmp_path):
    assert warnings_of(tmp_path, {}) == []
    assert warnings_of(tmp_path / "agnostic", {"trusted_accounts": {}}, account=None) == []


def test_a_malformed_trusted_account_id_is_reported():
    (problem,) = trust_problems(TARGET, {TARGET: ["11111111111"]}, None)
    assert "\"11111111111\"" in problem and "not a 12-digit account id" in problem


def test_the_deploying_account_comes_from_context_then_the_cli_environment():
    assert deploying_account_from({"deploy_account": DEPLOYER}, {"CDK_DEFAULT_ACCOUNT": TARGET}) == DEPLOYER
    assert deploying_account_from({}, {"CDK_DEFAULT_ACCOUNT": TARGET}) == TARGET
    assert deploying_account_from({}, {}) is None
