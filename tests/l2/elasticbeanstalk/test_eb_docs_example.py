"""docs/elasticbeanstalk.md's worked example runs and makes what the page says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assertions import Match, Template

ROOT = Path(__file__).parents[3]


def _example(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    (tmp_path / "shop" / ".ebextensions").mkdir(parents=True)
    (tmp_path / "shop" / "application.py").write_text("def application(environ, start_response): ...\n")
    (tmp_path / "shop" / ".ebextensions" / "01.config").write_text("option_settings: []\n")
    (tmp_path / "worker").mkdir()
    (tmp_path / "worker" / "application.py").write_text("def application(environ, start_response): ...\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "cdk.out"))
    text = (ROOT / "docs" / "elasticbeanstalk.md").read_text()
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    code = code.replace("from aws_cdk import App, Duration, Stack", "from constructs import App, Duration, Stack")
    code = code.replace("from aws_cdk import aws_elasticbeanstalk as eb", "from l2 import elasticbeanstalk as eb")
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/elasticbeanstalk.md", "exec"), namespace)
    return namespace


def test_docs_example_makes_a_web_and_a_worker_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           snapshot: Any) -> None:
    namespace = _example(monkeypatch, tmp_path)
    template = Template.from_stack(namespace["stack"])
    template.resource_count_is("AWS::ElasticBeanstalk::Environment", 2)
    template.resource_count_is("AWS::ElasticBeanstalk::ApplicationVersion", 2)
    template.resource_count_is("AWS::SQS::Queue", 1)
    template.has_resource_properties("AWS::ElasticBeanstalk::Environment", {
        "Tier": {"Name": "Worker", "Type": "SQS/HTTP"},
        "OptionSettings": Match.array_with([
            {"Namespace": "aws:elasticbeanstalk:command", "OptionName": "DeploymentPolicy", "Value": "Immutable"},
            {"Namespace": "aws:elasticbeanstalk:sqsd", "OptionName": "VisibilityTimeout", "Value": "600"},
        ]),
    })
    template.has_resource_properties("AWS::ElasticBeanstalk::Environment", {
        "Tier": {"Name": "WebServer", "Type": "Standard"},
        "OptionSettings": Match.array_with([
            {"Namespace": "aws:elasticbeanstalk:command", "OptionName": "DeploymentPolicy", "Value": "Immutable"},
            {"Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "WORKER_QUEUE_URL",
             "Value": {"Ref": Match.string_like_regexp("^WorkerWorkerQueue")}},
        ]),
    })
    assert template.to_json() == snapshot
