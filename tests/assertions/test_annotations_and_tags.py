"""``Annotations`` and ``Tags`` on already-synthesized data (messages/tags as the cloud assembly holds them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from assertions import Annotations, AssertionFailure, Match, MatcherUsageError, Tags


@dataclass
class Message:
    """Shaped like the core's ``SynthesisMessage``."""

    level: str
    id: str
    entry: dict[str, Any] = field(default_factory=dict)


def message(level: str, path: str, text: str) -> Message:
    return Message(
        level, path, {"type": f"aws:cdk:{level}", "data": text, "trace": ["at somewhere (file.py:1)"]}
    )


@pytest.fixture
def annotations() -> Annotations:
    return Annotations(
        [
            message("warning", "/S", "careful"),
            message("warning", "/S", "really careful"),
            message("error", "/S/Bucket", "we do not want a Foo::Bar resource"),
            message("info", "/S/Bucket", "fyi"),
        ]
    )


def test_has_and_has_no(annotations: Annotations) -> None:
    annotations.has_warning("/S", "careful")
    annotations.has_warning("*", Match.string_like_regexp("^really"))
    annotations.has_error("/S/Bucket", Match.string_like_regexp(".*Foo::Bar.*"))
    annotations.has_info("*", "fyi")
    annotations.has_no_error("/S", Match.any_value())
    annotations.has_no_warning("/S/Bucket", Match.any_value())
    annotations.has_no_info("/S", "fyi")


def test_missing_message_shows_closest_messages_with_traces_redacted(annotations: Annotations) -> None:
    with pytest.raises(AssertionFailure) as failure:
        annotations.has_warning("/S", "nope")
    text = str(failure.value)
    assert text.splitlines()[:3] == [
        "Stack has 2 messages at path /S, but none match as expected.",
        "The 2 closest matches:",
        "0 :: {",
    ]
    assert '    "trace": "redacted",' in text.splitlines()
    assert "!!   Expected nope but received careful" in text.splitlines()
    assert "at somewhere" not in text


def test_no_message_at_path(annotations: Annotations) -> None:
    with pytest.raises(AssertionFailure) as failure:
        annotations.has_error("/Other", "x")
    assert str(failure.value) == "Stack has 0 messages at path /Other.\nNo matches found"


def test_unexpected_message_is_listed(annotations: Annotations) -> None:
    with pytest.raises(AssertionFailure) as failure:
        annotations.has_no_error("*", Match.any_value())
    text = str(failure.value)
    assert text.startswith('Expected no matches, but stack has 1 messages as follows:\n  {\n    "2": {\n')
    assert '"data": "we do not want a Foo::Bar resource"' in text


def test_find_returns_the_messages(annotations: Annotations) -> None:
    found = annotations.find_warning("*", Match.string_like_regexp("careful"))
    assert [m.entry["data"] for m in found] == ["careful", "really careful"]
    assert annotations.find_error("/S", Match.any_value()) == []
    assert [m.id for m in annotations.find_info("*", "fyi")] == ["/S/Bucket"]


def test_tags() -> None:
    tags = Tags({"Team": "core", "Env": "prod"})
    tags.has_values({"Team": "core"})
    tags.has_values(Match.object_equals({"Team": "core", "Env": "prod"}))
    assert tags.all() == {"Team": "core", "Env": "prod"}
    with pytest.raises(AssertionFailure) as failure:
        tags.has_values({"Team": "other"})
    assert str(failure.value) == (
        'Stack tags did not match as expected:\n{\n  "Env": "prod",\n!! Expected other but received core\n  "Team": "core"\n}'
    )
    with pytest.raises(AssertionFailure):
        tags.has_none()
    Tags({}).has_none()


def test_tags_refuse_absent() -> None:
    with pytest.raises(MatcherUsageError, match=r"Use Tags.hasNone\(\) instead"):
        Tags({}).has_values(Match.absent())
