"""``JsonPath``/``FieldUtils`` helpers and graph walks; the expected values were printed by aws-cdk-lib 2.275 for
the same calls (its Python API, through jsii)."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import Stack
from l2 import stepfunctions as sfn

J = sfn.JsonPath


def _fields() -> dict[str, Any]:
    return {
        "a": J.string_at("$.a"), "b": J.list_at("$.b"), "c": J.number_at("$.c"),
        "d": {"e": J.format("{} {}", J.string_at("$.f"), J.string_at("$$.g"))},
        "h": J.object_at("$.h"), "plain": "x", "n": 1, "t": True,
    }


def test_referenced_paths_include_intrinsic_arguments_sorted() -> None:
    assert sfn.FieldUtils.find_referenced_paths(_fields()) == ["$$.g", "$.a", "$.b", "$.c", "$.f", "$.h"]


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (None, False),
        ({"x": J.task_token}, True),
        ({"x": J.string_at("$$.Task")}, True),
        ({"x": "{% $states.context.Task.Token %}"}, True),
        ({"x": "{% $states.context.Execution.Id %}"}, False),
    ],
)
def test_task_token_detection(obj: dict[str, Any] | None, expected: bool) -> None:
    assert sfn.FieldUtils.contains_task_token(obj if obj is not None else _fields()) is expected


def test_encoded_json_paths_are_recognised() -> None:
    assert (J.is_encoded_json_path(J.string_at("$.a")), J.is_encoded_json_path("$.a")) == (True, False)


def test_intrinsic_arguments_are_quoted_and_escaped(stack: Stack) -> None:
    assert stack.resolve(J.format("it's {}\\\\", "a\\\\{b")) == "States.Format('it\\'s {}\\\\\\\\', 'a\\\\\\{b')"


def test_reachable_and_end_states_follow_aws_cdk_lib_order(stack: Stack) -> None:
    a, b = sfn.Pass(stack, "A"), sfn.Pass(stack, "B")
    choice, done, failed = sfn.Choice(stack, "C"), sfn.Succeed(stack, "D"), sfn.Fail(stack, "E")
    parallel = sfn.Parallel(stack, "Par").branch(sfn.Pass(stack, "In"))
    parallel.add_catch(failed)
    a.next(parallel).next(choice.when(sfn.Condition.is_present("$.x"), b).otherwise(done))

    def ids(states: list[sfn.State]) -> list[str]:
        return [s.state_id for s in states]

    assert ids(sfn.State.find_reachable_states(a)) == ["A", "Par", "C", "D", "B"]
    assert ids(sfn.State.find_reachable_states(a, include_error_handlers=True)) == ["A", "Par", "C", "E", "D", "B"]
    assert ids(sfn.State.find_reachable_end_states(a)) == ["D", "B"]
    assert ids(sfn.State.find_reachable_end_states(a, include_error_handlers=True)) == ["E", "D", "B"]
