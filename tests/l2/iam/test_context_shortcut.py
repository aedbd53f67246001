"""The policy-splitting context reads skip the lookup up the scopes for a key no node was ever given (the keys
``Node.set_context`` records): they must read what the lookup reads, set or not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from constructs import App, Construct, Stack
from constructs._construct import CONTEXT_KEYS
from l2 import iam
from l2.iam._policy_document import MINIMIZE_POLICIES_FLAG
from l2.iam._private.merge import ACTION_SIZE_ESTIMATE, ARN_SIZE_ESTIMATE_CONTEXT_KEY, size_options


@pytest.fixture
def no_keys_yet() -> Iterator[None]:
    """As in a fresh process: no node was given a context key yet."""
    saved = set(CONTEXT_KEYS)
    CONTEXT_KEYS.clear()
    try:
        yield
    finally:
        CONTEXT_KEYS.update(saved)


def _looked_up(scope: Construct) -> tuple[object, object]:
    return scope.node.try_get_context(ARN_SIZE_ESTIMATE_CONTEXT_KEY), scope.node.try_get_context(MINIMIZE_POLICIES_FLAG)


@pytest.mark.usefixtures("no_keys_yet")
def test_the_context_reads_are_the_lookups_before_and_after_a_key_is_set() -> None:
    app = App()
    plain = Construct(Stack(app, "Plain"), "C")
    doc = iam.PolicyDocument()
    assert _looked_up(plain) == (None, None)
    assert size_options(plain) == (ACTION_SIZE_ESTIMATE, 150)
    assert doc._should_merge(plain) is False
    given = Stack(app, "Given")
    given.node.set_context(ARN_SIZE_ESTIMATE_CONTEXT_KEY, 300)
    given.node.set_context(MINIMIZE_POLICIES_FLAG, "true")
    below = Construct(given, "C")
    assert _looked_up(below) == (300, "true")
    assert size_options(below) == (ACTION_SIZE_ESTIMATE, 300)
    assert doc._should_merge(below) is True
    # the keys are now known: a scope without them still reads the defaults
    assert _looked_up(plain) == (None, None)
    assert size_options(plain) == (ACTION_SIZE_ESTIMATE, 150)
    assert doc._should_merge(plain) is False
    assert doc._should_merge(None) is False
