"""pycdk's provider-framework handler (``_handlers/provider_framework/framework.py``), run in-process with fakes.

The fakes stand for the Lambda and Step Functions clients and for CloudFormation's response URL; the expected
behaviour is aws-cdk-lib's framework (documented in the custom-resources README): the user's on-event result
decides the physical id and data, an is-complete handler that returns ``IsComplete: False`` makes the state
machine retry, a timeout answers FAILED, a delete may not change the physical id.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "custom_resources" / "_handlers" / "provider_framework" / "framework.py"


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("pycdk_test_framework", HANDLER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeLambda:
    def __init__(self, results: dict[str, Any]) -> None:
        self.results = results
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def invoke(self, *, FunctionName: str, InvocationType: str, Payload: bytes) -> dict[str, Any]:
        assert InvocationType == "RequestResponse"
        self.calls.append((FunctionName, json.loads(Payload)))
        result = self.results[FunctionName]
        if isinstance(result, Exception):
            return {"FunctionError": "Unhandled", "Payload": io.BytesIO(json.dumps({"errorMessage": str(result)}).encode())}
        return {"Payload": io.BytesIO(json.dumps(result).encode())}


class FakeStepFunctions:
    def __init__(self) -> None:
        self.executions: list[dict[str, Any]] = []

    def start_execution(self, **kwargs: Any) -> dict[str, Any]:
        self.executions.append(kwargs)
        return {"executionArn": "arn:exec"}


@pytest.fixture
def fw(monkeypatch: pytest.MonkeyPatch) -> Any:
    module = _load()
    module.responses = []
    monkeypatch.setattr(module, "put_response", lambda url, body: module.responses.append((url, json.loads(body))))
    monkeypatch.setenv("USER_ON_EVENT_FUNCTION_ARN", "arn:on-event")
    monkeypatch.delenv("USER_IS_COMPLETE_FUNCTION_ARN", raising=False)
    monkeypatch.delenv("WAITER_STATE_MACHINE_ARN", raising=False)
    return module


def _event(request_type: str = "Create", **extra: Any) -> dict[str, Any]:
    event = {
        "RequestType": request_type,
        "ResponseURL": "https://cfn/response",
        "StackId": "stack",
        "RequestId": "req-1",
        "LogicalResourceId": "Res",
        "ResourceType": "Custom::X",
        "ResourceProperties": {"A": "1"},
    }
    event.update(extra)
    return event


def test_synchronous_create_answers_success_with_the_user_result(fw: Any) -> None:
    lam = FakeLambda({"arn:on-event": {"PhysicalResourceId": "phys", "Data": {"Out": "v"}, "NoEcho": True}})
    fw._clients["lambda"] = lam
    fw.on_event(_event())
    (name, payload), = lam.calls
    assert name == "arn:on-event" and "ResponseURL" not in payload and payload["ResourceProperties"] == {"A": "1"}
    (url, body), = fw.responses
    assert url == "https://cfn/response"
    assert body == {
        "Status": "SUCCESS", "Reason": "OK", "StackId": "stack", "RequestId": "req-1", "PhysicalResourceId": "phys",
        "LogicalResourceId": "Res", "NoEcho": True, "Data": {"Out": "v"},
    }


def test_create_without_a_physical_id_uses_the_request_id_and_update_keeps_the_old_one(fw: Any) -> None:
    fw._clients["lambda"] = FakeLambda({"arn:on-event": None})
    fw.on_event(_event())
    fw.on_event(_event("Update", PhysicalResourceId="old"))
    assert [b["PhysicalResourceId"] for _, b in fw.responses] == ["req-1", "old"]


def test_delete_may_not_change_the_physical_id(fw: Any) -> None:
    fw._clients["lambda"] = FakeLambda({"arn:on-event": {"PhysicalResourceId": "other"}})
    fw.on_event(_event("Delete", PhysicalResourceId="old"))
    (_, body), = fw.responses
    assert body["Status"] == "FAILED" and body["PhysicalResourceId"] == "old"
    assert 'cannot change the physical resource ID from "old" to "other"' in body["Reason"]


def test_a_failing_user_function_answers_failed_with_its_message(fw: Any) -> None:
    fw._clients["lambda"] = FakeLambda({"arn:on-event": RuntimeError("boom")})
    fw.on_event(_event())
    (_, body), = fw.responses
    assert body["Status"] == "FAILED" and body["Reason"].startswith("boom")
    assert body["PhysicalResourceId"] == fw.CREATE_FAILED_PHYSICAL_ID


def test_asynchronous_create_starts_the_waiter_and_does_not_answer(fw: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER_IS_COMPLETE_FUNCTION_ARN", "arn:is-complete")
    monkeypatch.setenv("WAITER_STATE_MACHINE_ARN", "arn:waiter")
    fw._clients["lambda"] = FakeLambda({"arn:on-event": {"PhysicalResourceId": "phys", "Data": {"A": "1"}}})
    sfn = FakeStepFunctions()
    fw._clients["stepfunctions"] = sfn
    fw.on_event(_event())
    assert fw.responses == []
    (execution,) = sfn.executions
    assert execution["stateMachineArn"] == "arn:waiter" and execution["name"] == "req-1"
    state = json.loads(execution["input"])
    assert state["PhysicalResourceId"] == "phys" and state["ResponseURL"] == "https://cfn/response"


def test_is_complete_retries_while_incomplete_then_answers_with_merged_data(fw: Any) -> None:
    lam = FakeLambda({"arn:is-complete": {"IsComplete": False}})
    fw._clients["lambda"] = lam
    state = _event(PhysicalResourceId="phys", Data={"A": "1"})
    with pytest.raises(fw.Retry):
        _is_complete(fw, state)
    lam.results["arn:is-complete"] = {"IsComplete": True, "Data": {"B": "2"}}
    _is_complete(fw, state)
    (_, body), = fw.responses
    assert body["Status"] == "SUCCESS" and body["Data"] == {"A": "1", "B": "2"} and body["PhysicalResourceId"] == "phys"


def _is_complete(fw: Any, state: dict[str, Any]) -> Any:
    import os

    os.environ["USER_IS_COMPLETE_FUNCTION_ARN"] = "arn:is-complete"
    try:
        return fw.is_complete(state)
    finally:
        del os.environ["USER_IS_COMPLETE_FUNCTION_ARN"]


def test_is_complete_must_return_a_boolean(fw: Any) -> None:
    fw._clients["lambda"] = FakeLambda({"arn:is-complete": {"IsComplete": "yes"}})
    _is_complete(fw, _event(PhysicalResourceId="phys"))
    (_, body), = fw.responses
    assert body["Status"] == "FAILED" and "boolean" in body["Reason"]


def test_on_timeout_answers_failed_for_the_original_request(fw: Any) -> None:
    original = _event(PhysicalResourceId="phys")
    cause = {"errorType": "Retry", "errorMessage": json.dumps(original)}
    fw.on_timeout({"Error": "Retry", "Cause": json.dumps(cause)})
    (url, body), = fw.responses
    assert url == "https://cfn/response"
    assert body["Status"] == "FAILED" and body["Reason"] == "Operation timed out" and body["PhysicalResourceId"] == "phys"
