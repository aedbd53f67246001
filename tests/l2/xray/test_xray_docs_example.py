"""docs/xray.md's worked example runs and makes what the page says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assertions import Match, Template

ROOT = Path(__file__).parents[3]


def test_docs_example(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, snapshot: Any) -> None:
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path))
    text = (ROOT / "docs" / "xray.md").read_text()
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("from aws_cdk import App, Duration, Stack", "from constructs import App, Duration, Stack")
    code = code.replace("from aws_cdk import aws_", "from l2 import ").replace("lambda as lambda_", "lambda_")
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/xray.md", "exec"), namespace)
    template = Template.from_stack(namespace["stack"])
    template.has_resource_properties("AWS::Lambda::Function", {"TracingConfig": {"Mode": "Active"}})
    template.has_resource_properties("AWS::XRay::Group", {
        "GroupName": "slow-checkout", "InsightsConfiguration": {"InsightsEnabled": True, "NotificationsEnabled": True}})
    template.has_resource_properties("AWS::XRay::SamplingRule", {"SamplingRule": Match.object_like({
        "RuleName": "checkout-posts", "Priority": 10, "FixedRate": 0.2, "ReservoirSize": 5, "HTTPMethod": "POST",
        "Host": "*", "Version": 1, "SamplingRateBoost": {"MaxRate": 0.5, "CooldownWindowMinutes": 10}})})
    template.has_resource_properties("AWS::IAM::Policy", {"PolicyDocument": {"Statement": Match.array_with([
        Match.object_like({"Action": "xray:GetGroup"})])}})
    assert template.to_json() == snapshot
