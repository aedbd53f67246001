"""A usual statement renders without ``normalize_statement``'s keyword call: the JSON is the general path's.

``PolicyStatement.to_statement_json`` renders a statement with an ``Effect`` member, no Sid, no condition and no
``Not*`` field itself; these tests render varied statements both ways and compare values and key order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import App, Lazy, Stack, Token
from l2 import iam, s3
from l2.iam._private.postprocess import normalize_statement

S = iam.PolicyStatement


def _general(s: iam.PolicyStatement) -> dict[str, Any]:
    effect = s._effect
    return normalize_statement(
        action=s._action, not_action=s._not_action, condition=s._condition,
        effect=effect.value if isinstance(effect, iam.Effect) else effect, principal=s._principal,
        not_principal=s._not_principal, resource=s._resource, not_resource=s._not_resource, sid=s._sid,
    )


CASES: dict[str, Callable[[Stack], iam.PolicyStatement]] = {
    "trust statement": lambda st: S(actions=["sts:AssumeRole"], principals=[iam.ServicePrincipal("lambda.amazonaws.com")]),
    "several actions, token resources": lambda st: S(
        actions=["s3:GetObject*", "s3:List*", "s3:GetObject*"],
        resources=[(b := s3.Bucket(st, "B")).bucket_arn, b.arn_for_objects("*")],
    ),
    "one token resource": lambda st: S(actions=["sqs:SendMessage"], resources=[Lazy.string(lambda: "arn:q")]),
    "a list token resource": lambda st: S(actions=["a:x"], resources=Token.as_list(Lazy.any(lambda: ["r1", "r2"]))),
    "a resolvable resource": lambda st: S(actions=["a:x"], resources=[Lazy.any(lambda: "r")]),
    "deny, no resource": lambda st: S(actions=["a:x"], effect=iam.Effect.DENY),
    "nothing but the effect": lambda st: S(),
    "principals of several kinds": lambda st: S(
        actions=["s3:X"], resources=["*"],
        principals=[iam.AccountRootPrincipal(), iam.ArnPrincipal("arn:aws:iam::1:role/R"), iam.ServicePrincipal("a.amazonaws.com"),
                    iam.CanonicalUserPrincipal("c")],
    ),
    "any principal": lambda st: S(actions=["s3:Y"], resources=["*"], principals=[iam.AnyPrincipal()]),
    "a principal with conditions": lambda st: S(
        actions=["s3:W"], principals=[iam.FederatedPrincipal("cognito", {"StringEquals": {"a": "b"}})]),
    "a sid": lambda st: S(actions=["a:x"], resources=["r1"], sid="A"),
    "a condition": lambda st: S(actions=["a:x"], resources=["r1"], conditions={"Bool": {"k": "true"}}),
    "not-fields": lambda st: S(not_actions=["a:x"], not_resources=["r1"], not_principals=[iam.AnyPrincipal()]),
}


@pytest.mark.parametrize("name", CASES)
def test_the_statement_renders_as_the_general_path_does(name: str) -> None:
    stack = Stack(App(), "S")
    statement = CASES[name](stack)
    fast, general = statement.to_statement_json(), _general(statement)
    assert fast == general
    assert list(fast) == list(general)  # key order
    assert stack.resolve(fast) == stack.resolve(general)
