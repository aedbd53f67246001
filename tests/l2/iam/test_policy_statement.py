"""PolicyStatement: rendering, validation errors and the Python conveniences."""

from __future__ import annotations

import pytest

from constructs import Stack, UnscopedValidationError
from l2 import iam


def test_single_values_render_as_scalars_and_duplicates_are_dropped() -> None:
    s = iam.PolicyStatement(actions=["s3:GetObject", "s3:GetObject"], resources=["*"])
    assert s.to_statement_json() == {"Action": "s3:GetObject", "Effect": "Allow", "Resource": "*"}


def test_keys_follow_aws_cdk_lib_order() -> None:
    s = iam.PolicyStatement(
        sid="X", effect=iam.Effect.DENY, not_actions=["a:b", "c:d"], not_resources=["r1"],
        conditions={"Bool": {"k": "true"}},
    )
    assert list(s.to_statement_json()) == ["NotAction", "Condition", "Effect", "NotResource", "Sid"]


def test_conditions_with_the_same_operator_are_merged() -> None:
    s = iam.PolicyStatement(actions=["a:b"], resources=["*"])
    s.add_condition("StringEquals", {"k1": "v1"})
    s.add_condition("StringEquals", {"k2": "v2"})
    assert s.conditions == {"StringEquals": {"k1": "v1", "k2": "v2"}}


@pytest.mark.parametrize("action", ["s3", "s3:", ":Get", "s3:Get Object", "s3:Get/Object"])
def test_fails_on_malformed_action(action: str) -> None:
    with pytest.raises(UnscopedValidationError, match=f"Action '{action}' is invalid"):
        iam.PolicyStatement(actions=[action])


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda s: (s.add_actions("a:b"), s.add_not_actions("c:d")), "Cannot add 'NotActions'"),
        (lambda s: (s.add_not_actions("a:b"), s.add_actions("c:d")), "Cannot add 'Actions'"),
        (lambda s: (s.add_resources("*"), s.add_not_resources("r")), "Cannot add 'NotResources'"),
        (lambda s: (s.add_not_resources("r"), s.add_resources("*")), "Cannot add 'Resources'"),
        (lambda s: (s.add_any_principal(), s.add_not_principals(iam.AnyPrincipal())), "Cannot add 'NotPrincipals'"),
    ],
)
def test_fails_when_a_field_is_combined_with_its_not_form(build, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message):
        build(iam.PolicyStatement())


def test_fails_to_modify_a_frozen_statement() -> None:
    s = iam.PolicyStatement(actions=["a:b"]).freeze()
    with pytest.raises(UnscopedValidationError, match="addResources: freeze\\(\\) has been called"):
        s.add_resources("*")


def test_fails_on_principals_with_different_conditions() -> None:
    with pytest.raises(UnscopedValidationError, match="must have the same Conditions"):
        iam.PolicyStatement(
            actions=["a:b"],
            principals=[iam.OrganizationPrincipal("o-1234567890"), iam.ArnPrincipal("arn:aws:iam::1:root")],
        )


def test_fails_on_a_group_as_principal(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="Cannot use an IAM Group as the 'Principal'"):
        iam.PolicyStatement(actions=["a:b"], principals=[iam.Group(stack, "G")])


def test_fails_on_a_condition_that_is_not_a_mapping() -> None:
    with pytest.raises(UnscopedValidationError, match="map of operator to value"):
        iam.PolicyStatement().add_condition("StringEquals", "nope")


def test_validation_lists_every_problem_for_each_policy_kind() -> None:
    empty = iam.PolicyStatement(sid="not-alnum", principals=[iam.AnyPrincipal()])
    assert empty.validate_for_identity_policy() == [
        "A PolicyStatement must specify at least one 'action' or 'notAction'.",
        "A PolicyStatement used in an identity-based policy cannot specify any IAM principals.",
        "A PolicyStatement used in an identity-based policy must specify at least one resource.",
        "Statement ID (sid) 'not-alnum' must be alphanumeric (A-Z, a-z, 0-9) when used in an identity-based "
        "policy. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
    ]
    assert iam.PolicyStatement(actions=["a:b"]).validate_for_resource_policy() == [
        "A PolicyStatement used in a resource-based policy must specify at least one IAM principal.",
        "A PolicyStatement used in a resource-based policy must specify at least one resource.",
    ]
    assert iam.PolicyStatement(actions=["a:b"]).validate_for_trust_policy() == [
        "A PolicyStatement used in a trust policy must specify at least one IAM principal.",
    ]


def test_from_json_round_trips_and_rejects_statements_without_actions() -> None:
    json = {"Action": ["a:b", "c:d"], "Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::1:root"}, "Resource": "*"}
    assert iam.PolicyStatement.from_json(json).to_statement_json() == json
    with pytest.raises(UnscopedValidationError, match="Incorrect Policy Statement: A PolicyStatement must specify"):
        iam.PolicyStatement.from_json({"Resource": "*"})


def test_copy_is_unfrozen_and_keeps_fields() -> None:
    s = iam.PolicyStatement(actions=["a:b"], resources=["r"], sid="S").freeze()
    c = s.copy(resources=["x"])
    assert not c.frozen
    assert c.to_statement_json() == {"Action": "a:b", "Effect": "Allow", "Resource": "x", "Sid": "S"}
