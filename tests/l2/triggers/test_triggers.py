"""Triggers: argument errors, the handler's behaviour (with a recording Lambda client) and cfn-lint over the
golden templates of ``l2_triggers``."""

from __future__ import annotations

import importlib.util
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint

from constructs import Duration, Stack
from l2 import lambda_, sns
from l2.triggers import InvocationType, Trigger, TriggerFunction

ROOT = Path(__file__).resolve().parents[3]
HANDLER = ROOT / "l2" / "triggers" / "_handlers" / "trigger" / "index.py"
TEMPLATES = sorted((ROOT / "tests" / "golden" / "l2_triggers" / "fixtures").rglob("*.template.json"))


def _fn(stack: Stack, id: str) -> lambda_.Function:
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("def handler(e, c):\n    return 1\n"))


def test_handler_must_be_a_function_not_an_imported_one(stack: Stack) -> None:
    imported = lambda_.Function.from_function_arn(stack, "Imported",
                                                  "arn:aws:lambda:us-east-1:123456789012:function:f")
    with pytest.raises(TypeError, match="handler"):
        Trigger(stack, "T", handler=imported)  # type: ignore[arg-type]


def test_invocation_type_must_be_the_enum(stack: Stack) -> None:
    with pytest.raises(TypeError, match="invocation_type"):
        Trigger(stack, "T", handler=_fn(stack, "F"), invocation_type="Event")  # type: ignore[arg-type]


def test_trigger_function_needs_code(stack: Stack) -> None:
    with pytest.raises(TypeError, match="code"):
        TriggerFunction(stack, "TF", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler")


def test_execute_before_and_after_order_the_resources(
        stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    topic = sns.Topic(stack, "Topic")
    later = sns.Topic(stack, "Later")
    trigger = Trigger(stack, "T", handler=_fn(stack, "F"), invocation_type=InvocationType.DRY_RUN,
                      timeout=Duration.seconds(10), execute_after=[topic])
    trigger.execute_before(later)
    resources = synth(stack)["Resources"]
    topic_id = next(k for k in resources if k.startswith("Topic"))
    later_id = next(k for k in resources if k.startswith("Later"))
    assert resources["T"]["DependsOn"] == [topic_id]
    assert resources[later_id]["DependsOn"] == ["T"]
    assert resources["T"]["Properties"]["InvocationType"] == "DryRun"
    assert resources["T"]["Properties"]["Timeout"] == "10000"


class _Payload(io.BytesIO):
    pass


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[dict[str, Any]], list[tuple[str, str]]]:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    spec = importlib.util.spec_from_file_location("trigger_handler", HANDLER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    calls: list[dict[str, Any]] = []
    responses: list[tuple[str, str]] = []

    class Client:
        def invoke(self, **kwargs: Any) -> dict[str, Any]:
            calls.append(kwargs)
            if kwargs["FunctionName"].endswith(":broken"):
                return {"StatusCode": 200, "FunctionError": "Unhandled", "Payload": _Payload(b'{"errorMessage":"x"}')}
            return {"StatusCode": {"Event": 202, "DryRun": 204}.get(kwargs["InvocationType"], 200)}

    monkeypatch.setattr(module.boto3, "client", lambda *a, **k: Client())
    monkeypatch.setattr(module, "respond", lambda e, c, status, reason: responses.append((status, reason)))
    return module, calls, responses


def _event(request: str, arn: str, old_arn: str | None = None, **props: str) -> dict[str, Any]:
    event: dict[str, Any] = {"RequestType": request, "ResourceProperties": {"HandlerArn": arn, **props}}
    if old_arn is not None:
        event["OldResourceProperties"] = {"HandlerArn": old_arn}
    return event


def test_handler_invokes_on_create_and_on_a_new_version(handler: Any) -> None:
    module, calls, responses = handler
    module.handler(_event("Create", "arn:f:1", InvocationType="Event", Timeout="60000"), None)
    module.handler(_event("Update", "arn:f:2", "arn:f:1", ExecuteOnHandlerChange="true"), None)
    module.handler(_event("Update", "arn:f:2", "arn:f:2"), None)
    module.handler(_event("Update", "arn:f:3", "arn:f:2", ExecuteOnHandlerChange="false"), None)
    module.handler(_event("Delete", "arn:f:3"), None)
    assert [(c["FunctionName"], c["InvocationType"]) for c in calls] == [
        ("arn:f:1", "Event"), ("arn:f:2", "RequestResponse")]
    assert [status for status, _ in responses] == ["SUCCESS"] * 5


def test_handler_reports_a_function_error(handler: Any) -> None:
    module, _, responses = handler
    module.handler(_event("Create", "arn:f:broken"), None)
    assert responses[0][0] == "FAILED"
    assert "Unhandled" in responses[0][1]


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 3


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.parent.name + "/" + p.name)
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    assert errors == []
