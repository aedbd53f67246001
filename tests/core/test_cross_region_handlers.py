"""pycdk's own handlers of cross-region references (``Custom::CrossRegionExportWriter`` / ``...Reader``), run
against an in-memory SSM parameter store that keeps parameters and tags as SSM does."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HANDLERS = Path(__file__).parents[2] / "constructs" / "_handlers"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HANDLERS / name / "index.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


writer = _load("cross_region_writer")
reader = _load("cross_region_reader")


class InvalidResourceId(Exception):
    pass


class Ssm:
    """Parameters and their tags in one region (the calls the handlers make)."""

    class exceptions:  # boto3 spelling
        InvalidResourceId = InvalidResourceId

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.tags: dict[str, dict[str, str]] = {}

    def get_parameters(self, Names: list[str]) -> dict[str, Any]:
        assert len(Names) <= 10
        return {
            "Parameters": [{"Name": n, "Value": self.values[n]} for n in Names if n in self.values],
            "InvalidParameters": [n for n in Names if n not in self.values],
        }

    def put_parameter(self, Name: str, Value: str, Type: str, Overwrite: bool) -> None:
        self.values[Name] = Value
        self.tags.setdefault(Name, {})

    def delete_parameters(self, Names: list[str]) -> None:
        for n in Names:
            self.values.pop(n, None)
            self.tags.pop(n, None)

    def _tags_of(self, name: str) -> dict[str, str]:
        if name not in self.values:
            raise InvalidResourceId(name)
        return self.tags[name]

    def list_tags_for_resource(self, ResourceType: str, ResourceId: str) -> dict[str, Any]:
        return {"TagList": [{"Key": k, "Value": v} for k, v in self._tags_of(ResourceId).items()]}

    def add_tags_to_resource(self, ResourceType: str, ResourceId: str, Tags: list[dict[str, str]]) -> None:
        self._tags_of(ResourceId).update({t["Key"]: t["Value"] for t in Tags})

    def remove_tags_from_resource(self, ResourceType: str, ResourceId: str, TagKeys: list[str]) -> None:
        for key in TagKeys:
            self._tags_of(ResourceId).pop(key, None)


def _writer_event(request: str, exports: dict[str, str], old: dict[str, str] | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "RequestType": request, "ResourceProperties": {"WriterProps": {"region": "eu-west-1", "exports": exports}},
    }
    if old is not None:
        event["OldResourceProperties"] = {"WriterProps": {"region": "eu-west-1", "exports": old}}
    return event


def _reader_event(request: str, imports: list[str], old: list[str] | None = None) -> dict[str, Any]:
    def props(names: list[str]) -> dict[str, Any]:
        return {"ReaderProps": {"region": "eu-west-1", "prefix": "Consumer",
                                "imports": {n: f"{{{{resolve:ssm:{n}}}}}" for n in names}}}

    event: dict[str, Any] = {"RequestType": request, "ResourceProperties": props(imports)}
    if old is not None:
        event["OldResourceProperties"] = props(old)
    return event


A, B = "/cdk/exports/Consumer/A", "/cdk/exports/Consumer/B"


def test_writer_creates_parameters() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a", B: "b"}), ssm)
    assert ssm.values == {A: "a", B: "b"}


def test_writer_refuses_to_overwrite_an_existing_parameter_on_create() -> None:
    ssm = Ssm()
    ssm.put_parameter(A, "someone else's", "String", True)
    with pytest.raises(RuntimeError, match="already exist.*Consumer/A"):
        writer.apply(_writer_event("Create", {A: "a"}), ssm)


def test_reader_returns_values_and_tags_what_it_imports() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a", B: "b"}), ssm)
    assert reader.apply(_reader_event("Create", [A]), ssm) == {A: "a"}
    assert ssm.tags[A] == {"aws-cdk:strong-ref:Consumer": "true"}
    assert ssm.tags[B] == {}


def test_reader_fails_for_a_missing_parameter() -> None:
    with pytest.raises(RuntimeError, match="do not exist.*Consumer/A"):
        reader.apply(_reader_event("Create", [A]), Ssm())


def test_writer_refuses_to_change_an_imported_value() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a"}), ssm)
    reader.apply(_reader_event("Create", [A]), ssm)
    with pytest.raises(RuntimeError, match="imported.*Consumer/A"):
        writer.apply(_writer_event("Update", {A: "changed"}, old={A: "a"}), ssm)
    assert ssm.values[A] == "a"


def test_writer_changes_a_value_nobody_imports() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a", B: "b"}), ssm)
    reader.apply(_reader_event("Create", [A]), ssm)
    writer.apply(_writer_event("Update", {A: "a", B: "new"}, old={A: "a", B: "b"}), ssm)
    assert ssm.values == {A: "a", B: "new"}


def test_writer_removes_an_export_once_the_reader_released_it() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a", B: "b"}), ssm)
    reader.apply(_reader_event("Create", [A, B]), ssm)
    reader.apply(_reader_event("Update", [A], old=[A, B]), ssm)
    writer.apply(_writer_event("Update", {A: "a"}, old={A: "a", B: "b"}), ssm)
    assert ssm.values == {A: "a"}


def test_writer_delete_refused_while_imported_then_allowed() -> None:
    ssm = Ssm()
    writer.apply(_writer_event("Create", {A: "a"}), ssm)
    reader.apply(_reader_event("Create", [A]), ssm)
    with pytest.raises(RuntimeError, match="cannot be deleted while they are imported"):
        writer.apply(_writer_event("Delete", {A: "a"}), ssm)
    reader.apply(_reader_event("Delete", [A]), ssm)
    writer.apply(_writer_event("Delete", {A: "a"}), ssm)
    assert ssm.values == {}


def test_handlers_read_parameters_in_batches_of_ten() -> None:
    ssm = Ssm()
    names = {f"/cdk/exports/Consumer/P{i}": str(i) for i in range(23)}
    writer.apply(_writer_event("Create", names), ssm)
    assert reader.apply(_reader_event("Create", list(names)), ssm) == names
