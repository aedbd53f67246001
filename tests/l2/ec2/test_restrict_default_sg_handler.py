"""The Custom::VpcRestrictDefaultSG handler pycdk ships: valid Python, the rules it revokes and restores."""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "ec2" / "_handlers" / "restrict_default_sg" / "index.py"


class _FakeEc2:
    class exceptions:
        ClientError = RuntimeError

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda **kwargs: self.calls.append((name, kwargs))


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> Any:
    fake = _FakeEc2()
    boto3 = types.ModuleType("boto3")
    boto3.client = lambda service: fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "boto3", boto3)
    namespace: dict[str, Any] = {"__name__": "index"}
    exec(compile(HANDLER.read_text(), str(HANDLER), "exec"), namespace)
    namespace["respond"] = lambda *args: None
    namespace["_fake"] = fake
    return namespace


def test_the_handler_is_valid_python_with_a_handler_function() -> None:
    tree = ast.parse(HANDLER.read_text())
    assert "handler" in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}


def test_create_revokes_the_default_rules(handler: Any) -> None:
    event = {"RequestType": "Create", "ResourceProperties": {"DefaultSecurityGroupId": "sg-1", "Account": "111"}}
    handler["handler"](event, None)
    assert handler["_fake"].calls == [
        ("revoke_security_group_ingress", {
            "GroupId": "sg-1",
            "IpPermissions": [{"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": "sg-1", "UserId": "111"}]}],
        }),
        ("revoke_security_group_egress", {
            "GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
        }),
    ]


def test_delete_restores_the_default_rules(handler: Any) -> None:
    event = {"RequestType": "Delete", "ResourceProperties": {"DefaultSecurityGroupId": "sg-1", "Account": "111"}}
    handler["handler"](event, None)
    assert [name for name, _ in handler["_fake"].calls] == [
        "authorize_security_group_ingress",
        "authorize_security_group_egress",
    ]
