"""The shortcuts of statement merging, policy splitting and statement rendering give the results of the long way.

``merge_statements`` skips its pairwise passes when no two statements can merge, and a role's default policy is
not split when a quick upper bound of its size fits; these tests run both ways and compare.
"""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Lazy, Stack, Token
from l2 import iam
from l2.iam._private import merge
from l2.iam._private.merge import merge_statements, size_options

S = iam.PolicyStatement


def _principal_statement(**kwargs: Any) -> iam.PolicyStatement:
    return S(principals=[iam.ArnPrincipal("arn:aws:iam::123456789012:role/R")], **kwargs)


STATEMENT_SETS: dict[str, list[Any]] = {
    "different actions": [lambda: S(actions=["a:x"], resources=["r1"]), lambda: S(actions=["b:x"], resources=["r1"])],
    "the same statement twice": [lambda: S(actions=["a:x"], resources=["r1"])] * 2,
    "the same actions in another order": [
        lambda: S(actions=["a:x", "b:x"], resources=["r1"]),
        lambda: S(actions=["b:x", "a:x"], resources=["r1"]),
    ],
    "different resources": [lambda: S(actions=["a:x"], resources=["r1"]), lambda: S(actions=["a:x"], resources=["r2"])],
    "sids": [lambda: S(actions=["a:x"], resources=["r1"], sid="A"), lambda: S(actions=["a:x"], resources=["r1"], sid="A"),
             lambda: S(actions=["b:x"], resources=["r1"], sid="B")],
    "conditions": [
        lambda: S(actions=["a:x"], resources=["r1"], conditions={"StringEquals": {"k": "v"}}),
        lambda: S(actions=["b:x"], resources=["r1"], conditions={"StringEquals": {"k": "v"}}),
        lambda: S(actions=["c:x"], resources=["r1"]),
    ],
    "not-actions": [lambda: S(not_actions=["a:x"], resources=["r1"]), lambda: S(not_actions=["a:x"], resources=["r1"]),
                    lambda: S(actions=["a:x"], resources=["r1"])],
    "principals": [lambda: _principal_statement(actions=["a:x"], resources=["r1"]),
                   lambda: _principal_statement(actions=["b:x"], resources=["r1"]),
                   lambda: S(actions=["b:x"], resources=["r1"])],
    "deny": [lambda: S(actions=["a:x"], resources=["r1"], effect=iam.Effect.DENY),
             lambda: S(actions=["a:x"], resources=["r1"])],
    "different set sizes": [lambda: S(actions=["a:x", "a:y"], resources=["r1", "r2"]),
                            lambda: S(actions=["a:x", "a:y"], resources=["r1"]),
                            lambda: S(actions=["a:x"], resources=["r1"])],
    "one equal pair among different sizes": [lambda: S(actions=["a:x", "a:y"], resources=["r1"]),
                                             lambda: S(actions=["a:x"], resources=["r1"]),
                                             lambda: S(actions=["a:y", "a:x"], resources=["r1"])],
    "one statement": [lambda: S(actions=["a:x"], resources=["r1"])],
    "no statement": [],
}


def _with_tokens(stack: Stack) -> list[iam.PolicyStatement]:
    resolvable = Lazy.any(lambda: "r9")
    return [
        S(actions=["a:x"], resources=[stack.account]),
        S(actions=["b:x"], resources=[stack.account]),
        S(actions=["a:x"], resources=[resolvable]),  # a resolvable object, not a string
        S(actions=["a:x"], resources=[resolvable]),
        S(actions=["c:x"], resources=[Lazy.any(lambda: "r9")]),
    ]


def _statement_sets(stack: Stack) -> list[list[iam.PolicyStatement]]:
    return [[make() for make in makers] for makers in STATEMENT_SETS.values()] + [_with_tokens(stack)]


def _describe(result: tuple[list[iam.PolicyStatement], dict[int, list[iam.PolicyStatement]]],
              originals: list[iam.PolicyStatement]) -> list[tuple[Any, list[int]]]:
    merged, origins = result
    position = {id(s): i for i, s in enumerate(originals)}
    return [(s.to_statement_json(), [position[id(o)] for o in origins[id(s)]]) for s in merged]


@pytest.mark.parametrize("combinable", [False, True], ids=["dedupe", "minimize"])
def test_merging_gives_the_same_statements_and_origins_with_and_without_the_shortcut(
    stack: Stack, monkeypatch: pytest.MonkeyPatch, combinable: bool
) -> None:
    for statements in _statement_sets(stack):
        quick = _describe(merge_statements(statements, scope=stack, merge_if_combinable=combinable), statements)
        with monkeypatch.context() as m:
            m.setattr(merge, "_some_may_merge", lambda comps, combinable: True)
            m.setattr(merge, "_no_two_alike", lambda statements: False)
            full = _describe(merge_statements(statements, scope=stack, merge_if_combinable=combinable), statements)
        assert quick == full


def test_merging_still_rejects_a_bad_arn_size_estimate_when_nothing_merges(stack: Stack) -> None:
    stack.node.set_context(merge.ARN_SIZE_ESTIMATE_CONTEXT_KEY, "big")
    with pytest.raises(ValueError, match="should be a number"):
        merge_statements([S(actions=["a:x"], resources=["r1"])], scope=stack)


@pytest.mark.parametrize(
    "statement",
    [
        lambda stack: S(actions=["a:x", "b:*"], resources=["arn:aws:s3:::" + "b" * 300]),
        lambda stack: S(actions=["a:x"], resources=[stack.account, f"{stack.account}/*"], sid="Sid1"),
        lambda stack: S(not_actions=["a:x"], not_resources=["r"], conditions={"Bool": {"aws:SecureTransport": "false"}}),
        lambda stack: S(actions=[Token.as_string(Lazy.any(lambda: "a:x"))], resources=[Lazy.any(lambda: "r")]),
        lambda stack: _principal_statement(actions=["a:x"], resources=["*"]),
        lambda stack: S(actions=["a:x"], resources=[Token.as_list(Lazy.any(lambda: ["r"]))[0]]),
    ],
    ids=["long literals", "tokens", "not-fields and conditions", "resolvable objects", "principals", "list token"],
)
def test_the_quick_size_bound_is_never_below_the_estimate(stack: Stack, statement: Any) -> None:
    s = statement(stack)
    options = size_options(stack)
    assert s._estimate_size(options, upper_bound=True) >= s._estimate_size(options)


def _role_with_statements(stack: Stack, count: int, arn_length: int) -> iam.Role:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    for i in range(count):
        role.add_to_principal_policy(S(actions=[f"s3:Get{i}"], resources=[f"arn:aws:s3:::{'b' * arn_length}{i}"]))
    return role


@pytest.mark.parametrize(("count", "arn_length", "documents"), [(3, 20, 1), (55, 100, 1), (200, 20, 3)],
                         ids=["far below the limit", "near the limit", "above the limit"])
def test_splitting_gives_the_same_documents_with_and_without_the_quick_bound(
    stack: Stack, monkeypatch: pytest.MonkeyPatch, count: int, arn_length: int, documents: int
) -> None:
    def split(force_exact: bool) -> list[tuple[list[Any], int]]:
        role = _role_with_statements(Stack(stack.node.root, f"S{count}{force_exact}"), count, arn_length)
        with monkeypatch.context() as m:
            if force_exact:
                exact = iam.PolicyStatement._estimate_size
                m.setattr(iam.PolicyStatement, "_estimate_size",
                          lambda self, options, upper_bound=False: 10**9 if upper_bound else exact(self, options))
            docs = role.default_policy.document._split_document(role, 10_000, 6_000)
        return [([s.to_statement_json() for s in doc._statement_list], len(originals)) for doc, originals in docs]

    quick = split(force_exact=False)
    assert quick == split(force_exact=True)
    assert len(quick) == documents


def test_statements_keep_strings_unique_by_value_and_objects_by_identity(stack: Stack) -> None:
    a, b = Lazy.any(lambda: "r"), Lazy.any(lambda: "r")
    statement = S(actions=["a:x", "a:x", "b:x"], resources=[a, a, b, "r", "r"])
    assert statement.actions == ["a:x", "b:x"]
    assert statement.resources == [a, b, "r"]
    assert stack.resolve(statement.to_statement_json())["Resource"] == ["r", "r", "r"]


def test_a_lone_list_token_resource_stays_a_list(stack: Stack) -> None:
    arns = Token.as_list(Lazy.any(lambda: ["r1", "r2"]))
    statement = S(actions=["a:x"], resources=arns)
    assert statement.to_statement_json()["Resource"] == arns
    assert stack.resolve(statement.to_statement_json())["Resource"] == ["r1", "r2"]


def test_a_split_that_moves_nothing_returns_the_statements_the_long_way_would(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    def split(long_way: bool) -> list[tuple[list[Any], list[Any]]]:
        role = iam.Role(Stack(stack.node.root, f"S{long_way}"), "Role",
                        assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        for i in range(4):  # no two alike: different numbers of actions
            role.add_to_principal_policy(S(actions=[f"s3:Get{j}" for j in range(i + 1)], resources=[f"r{i}"]))
        with monkeypatch.context() as m:
            if long_way:
                m.setattr("l2.iam._policy_document._no_two_alike", lambda statements: False)
            docs = role.default_policy.document._split_document(role, 10_000, 6_000)
        return [([s.to_statement_json() for s in doc._statement_list], [o.to_statement_json() for o in originals])
                for doc, originals in docs]

    quick = split(long_way=False)
    assert quick == split(long_way=True)
    assert len(quick) == 1 and len(quick[0][0]) == 4


@pytest.mark.parametrize("name", ["service-role/AWSLambdaBasicExecutionRole", "ReadOnlyAccess"])
def test_an_aws_managed_policy_arn_as_plain_data_is_what_its_token_string_resolves_to(stack: Stack, name: str) -> None:
    policy = iam.ManagedPolicy.from_aws_managed_policy_name(name)
    value = policy._arn_value()  # type: ignore[attr-defined]
    assert value == stack.resolve(policy.managed_policy_arn)
    assert value is not policy._arn_value()  # type: ignore[attr-defined]  # a fresh structure per use


def test_an_aws_managed_policy_named_by_a_token_keeps_its_token_string(stack: Stack) -> None:
    name = Token.as_string(Lazy.any(lambda: "ReadOnlyAccess"))
    policy = iam.ManagedPolicy.from_aws_managed_policy_name(name)
    assert policy._arn_value() == policy.managed_policy_arn  # type: ignore[attr-defined]
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"), managed_policies=[policy])
    assert stack.resolve(role.node.default_child._cfn_render_properties()["ManagedPolicyArns"]) == [  # type: ignore[union-attr]
        stack.resolve(policy.managed_policy_arn)
    ]


def test_a_role_without_managed_policies_has_no_managed_policy_arns(stack: Stack, resources: Any) -> None:
    iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    (role,) = resources(stack).values()
    assert "ManagedPolicyArns" not in role["Properties"]


class _GeneralStatement(iam.PolicyStatement):
    """A subclass: its constructor takes the general path (each field through its public ``add_*`` method)."""


CONSTRUCTOR_ARGUMENTS: dict[str, dict[str, Any]] = {
    "actions and resources": {"actions": ["s3:GetObject*", "s3:List*", "s3:GetObject*"], "resources": ["a", "b", "a"]},
    "a principal": {"actions": ["sts:AssumeRole"], "principals": [iam.ServicePrincipal("lambda.amazonaws.com")]},
    "principals with conditions": {
        "actions": ["sts:AssumeRole"],
        "principals": [iam.ServicePrincipal("lambda.amazonaws.com", conditions={"StringEquals": {"k": "v"}}),
                       iam.ArnPrincipal("arn:aws:iam::123456789012:role/R").with_conditions({"StringEquals": {"k": "v"}})],
        "conditions": {"StringLike": {"j": "w"}},
    },
    "a literal principal": {"actions": ["s3:*"], "principals": [iam.StarPrincipal()], "resources": ["*"]},
    "a token action and a token resource": {"actions": [Token.as_string(Lazy.any(lambda: "s3:X"))],
                                            "resources": [Lazy.any(lambda: "r9")]},
    "empty lists": {"actions": [], "resources": [], "principals": [], "conditions": {}},
    "not-actions": {"not_actions": ["s3:X"], "resources": ["a"]},
    "effect and sid": {"actions": ["s3:X"], "resources": ["a"], "effect": iam.Effect.DENY, "sid": "S1"},
}


@pytest.mark.parametrize("kwargs", CONSTRUCTOR_ARGUMENTS.values(), ids=CONSTRUCTOR_ARGUMENTS.keys())
def test_the_constructor_fills_a_statement_as_its_add_methods_do(stack: Stack, kwargs: dict[str, Any]) -> None:
    fast, general = iam.PolicyStatement(**kwargs), _GeneralStatement(**kwargs)
    assert stack.resolve(fast.to_statement_json()) == stack.resolve(general.to_statement_json())
    assert (fast.actions, fast.resources, fast.principals, fast.conditions) == (
        general.actions, general.resources, general.principals, general.conditions
    )
    assert fast._principal_conditions_json == general._principal_conditions_json  # type: ignore[attr-defined]


BAD_CONSTRUCTOR_ARGUMENTS: dict[str, dict[str, Any]] = {
    "a malformed action": {"actions": ["s3:GetObject", "not an action"]},
    "a group as principal": {"actions": ["s3:X"], "principals": [iam.Group(Stack(App(), "G"), "G")]},
    "principals with different conditions": {
        "actions": ["s3:X"],
        "principals": [iam.ServicePrincipal("a.amazonaws.com", conditions={"StringEquals": {"k": "v"}}),
                       iam.ServicePrincipal("b.amazonaws.com")],
    },
    "a condition that is not a map": {"actions": ["s3:X"], "conditions": {"StringEquals": "v"}},
    "a malformed action before a group principal": {"actions": ["bad"], "principals": [iam.Group(Stack(App(), "H"), "G")]},
}


@pytest.mark.parametrize("kwargs", BAD_CONSTRUCTOR_ARGUMENTS.values(), ids=BAD_CONSTRUCTOR_ARGUMENTS.keys())
def test_the_constructor_rejects_what_its_add_methods_reject(kwargs: dict[str, Any]) -> None:
    with pytest.raises(Exception) as general:
        _GeneralStatement(**kwargs)
    with pytest.raises(type(general.value), match=None) as fast:
        iam.PolicyStatement(**kwargs)
    assert str(fast.value) == str(general.value)


@pytest.mark.parametrize("count", [0, 1])
def test_a_document_not_post_processed_is_what_post_processing_would_leave(stack: Stack, count: int) -> None:
    from l2.iam._private.postprocess import PostProcessPolicyDocument

    # a document of one statement (or none), no Sids assigned, not minimized: no post-processor is registered
    statements = [S(actions=["s3:X", "s3:Y"], resources=["a", "b"], sid="A")] * count
    resolved = stack.resolve(iam.PolicyDocument(statements=statements))
    raw = stack.resolve(iam.PolicyDocument(statements=statements)._render())  # type: ignore[attr-defined]
    assert resolved == PostProcessPolicyDocument(False, False).post_process(raw, None) == raw


def test_a_policy_s_name_and_roles_resolve_as_the_lazy_values_they_stand_for(stack: Stack) -> None:
    from l2.iam._private.util import generate_policy_name

    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    attached, alone = iam.Policy(stack, "Attached", roles=[role]), iam.Policy(stack, "Alone")
    for policy in (attached, alone):
        cfn: Any = policy.node.default_child
        name = Lazy.string(lambda: generate_policy_name(cfn._resolved_logical_id()))  # noqa: B023  (used at once)
        roles = Lazy.list(policy._role_names, omit_empty=True)  # type: ignore[attr-defined]
        assert stack.resolve(cfn.policy_name) == stack.resolve(name)
        assert stack.resolve(cfn.roles) == stack.resolve(roles)
    # like a Lazy, the values are computed once: a later change does not show
    cfn = alone.node.default_child
    before = stack.resolve(cfn.policy_name)
    cfn.override_logical_id("Renamed")  # type: ignore[union-attr]
    alone.attach_to_role(role)
    assert stack.resolve(cfn.policy_name) == before
    assert stack.resolve(cfn.roles) is None  # type: ignore[union-attr]
