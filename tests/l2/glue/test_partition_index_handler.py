"""The Custom::GluePartitionIndex handlers pycdk ships: the Glue calls they make and when they report completion
(a stand-in Glue client keeps the table's indexes; the API shapes are Glue's CreatePartitionIndex,
DeletePartitionIndex and GetPartitionIndexes)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

HANDLER = Path(__file__).resolve().parents[3] / "l2" / "glue" / "_handlers" / "partition_index" / "index.py"


class _Glue:
    def __init__(self) -> None:
        self.indexes: dict[str, str] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def create_partition_index(self, **kwargs: Any) -> None:
        self.calls.append(("create_partition_index", kwargs))
        self.indexes[kwargs["PartitionIndex"]["IndexName"]] = "CREATING"

    def delete_partition_index(self, **kwargs: Any) -> None:
        self.calls.append(("delete_partition_index", kwargs))
        self.indexes[kwargs["IndexName"]] = "DELETING"

    def get_partition_indexes(self, **kwargs: Any) -> dict[str, Any]:
        return {"PartitionIndexDescriptorList": [
            {"IndexName": name, "IndexStatus": status} for name, status in self.indexes.items()]}


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    fake = _Glue()
    boto3 = types.ModuleType("boto3")
    boto3.client = lambda service: fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "boto3", boto3)
    namespace: dict[str, Any] = {"__name__": "index"}
    exec(compile(HANDLER.read_text(), str(HANDLER), "exec"), namespace)
    namespace["_fake"] = fake
    return namespace


PROPS = {"DatabaseName": "db", "TableName": "t", "IndexName": "i1", "Keys": ["year", "month"]}


def test_create_creates_the_index_and_completes_when_active(handler: dict[str, Any]) -> None:
    event = {"RequestType": "Create", "ResourceProperties": PROPS}
    assert handler["on_event"](event) == {"PhysicalResourceId": "i1"}
    glue = handler["_fake"]
    assert glue.calls == [("create_partition_index", {
        "DatabaseName": "db", "TableName": "t", "PartitionIndex": {"Keys": ["year", "month"], "IndexName": "i1"}})]
    assert handler["is_complete"](event) == {"IsComplete": False}
    glue.indexes["i1"] = "ACTIVE"
    assert handler["is_complete"](event) == {"IsComplete": True}
    glue.indexes["i1"] = "FAILED"
    with pytest.raises(RuntimeError, match="i1"):
        handler["is_complete"](event)


def test_update_replaces_the_old_index(handler: dict[str, Any]) -> None:
    glue = handler["_fake"]
    glue.indexes["i0"] = "ACTIVE"
    old = {**PROPS, "IndexName": "i0"}
    handler["on_event"]({"RequestType": "Update", "ResourceProperties": PROPS, "OldResourceProperties": old})
    assert [c[0] for c in glue.calls] == ["delete_partition_index", "create_partition_index"]
    assert glue.calls[0][1] == {"DatabaseName": "db", "TableName": "t", "IndexName": "i0"}


def test_update_without_changes_makes_no_call(handler: dict[str, Any]) -> None:
    handler["on_event"]({"RequestType": "Update", "ResourceProperties": PROPS, "OldResourceProperties": dict(PROPS)})
    assert handler["_fake"].calls == []


def test_delete_removes_the_index_and_completes_when_gone(handler: dict[str, Any]) -> None:
    glue = handler["_fake"]
    glue.indexes["i1"] = "ACTIVE"
    event = {"RequestType": "Delete", "ResourceProperties": PROPS}
    handler["on_event"](event)
    assert glue.calls == [("delete_partition_index", {"DatabaseName": "db", "TableName": "t", "IndexName": "i1"})]
    assert handler["is_complete"](event) == {"IsComplete": False}
    del glue.indexes["i1"]
    assert handler["is_complete"](event) == {"IsComplete": True}
    glue.calls.clear()
    handler["on_event"](event)  # already gone: nothing to delete
    assert glue.calls == []
