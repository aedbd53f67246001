"""The analytics flag as the constructors' fast check reads it (``_scope_enabled``: straight from the nodes'
context, the recording wrapper entered from the type-checked constructor) against ``FeatureFlags.is_enabled``,
the general reading, with the flag set on nested scopes."""

from __future__ import annotations

import pytest

import constructs as cdk
from constructs._private.analytics_metadata import FLAG, _scope_enabled
from l2 import s3

CONSTRUCT_ENTRY = "aws:cdk:analytics:construct"


def _entries(c: cdk.Construct) -> list[object]:
    return [e.data for e in c.node.metadata if e.type == CONSTRUCT_ENTRY]


def test_fast_reading_agrees_with_feature_flags_on_every_scope() -> None:
    app = cdk.App()
    on = cdk.Stack(app, "On")
    on.node.set_context(FLAG, True)
    off_below = cdk.Stack(on, "OffBelow")
    off_below.node.set_context(FLAG, False)
    text = cdk.Stack(app, "Text")
    text.node.set_context(FLAG, "false")  # a non-empty string is true, as in JavaScript
    plain = cdk.Stack(app, "Plain")
    scopes = [app, on, off_below, text, plain]
    scopes += [cdk.Construct(s, "Child") for s in list(scopes)]
    scopes += [cdk.Construct(s, "Grandchild") for s in list(scopes[5:])]
    for scope in scopes:
        assert _scope_enabled(scope) is cdk.FeatureFlags.of(scope).is_enabled(FLAG), scope.node.path
    assert [_scope_enabled(s) for s in scopes[:5]] == [False, True, False, True, False]
    assert _scope_enabled("not a construct") is False


def test_constructors_record_only_where_the_flag_is_on_and_check_types_everywhere() -> None:
    app = cdk.App()
    on = cdk.Stack(app, "On")
    on.node.set_context(FLAG, True)
    plain = cdk.Stack(app, "Plain")
    assert _entries(s3.Bucket(on, "Bucket", versioned=True)) == [{"versioned": True}]
    assert _entries(s3.Bucket(plain, "Bucket", versioned=True)) == []
    for scope in (on, plain):
        with pytest.raises(TypeError, match="versioned"):
            s3.Bucket(scope, "Wrong", versioned="yes")  # type: ignore[arg-type]
