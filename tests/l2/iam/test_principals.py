"""Principals and protocols: what other L2s rely on (isinstance checks, fragments, UnknownPrincipal)."""

from __future__ import annotations

import pytest

from constructs import Stack, UnscopedValidationError
from l2 import iam


def test_roles_users_and_groups_satisfy_the_protocols(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    imported = iam.Role.from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/x")
    immutable = iam.Role.from_role_arn(stack, "Immutable", "arn:aws:iam::123456789012:role/y", mutable=False)
    for r in (role, imported, immutable):
        assert isinstance(r, iam.IRole) and isinstance(r, iam.IGrantable) and isinstance(r, iam.IPrincipal)
    assert isinstance(iam.User(stack, "U"), iam.IUser)
    assert isinstance(iam.Group(stack, "G"), iam.IGroup)
    assert isinstance(iam.ServicePrincipal("sns.amazonaws.com"), iam.IPrincipal)
    assert not isinstance(object(), iam.IGrantable)


def test_imported_role_name_is_the_last_path_segment(stack: Stack) -> None:
    role = iam.Role.from_role_arn(stack, "R", "arn:aws:iam::123456789012:role/a/b/name")
    assert role.role_name == "name"
    assert iam.Role.from_role_name(stack, "N", "other").role_name == "other"


def test_principal_fragments(stack: Stack) -> None:
    assert iam.ArnPrincipal("arn:x").policy_fragment.principal_json == {"AWS": ["arn:x"]}
    assert iam.StarPrincipal().policy_fragment.principal_json == {"LiteralString": ["*"]}
    org = iam.OrganizationPrincipal("o-1234567890").policy_fragment
    assert (org.principal_json, org.conditions) == ({"AWS": ["*"]}, {"StringEquals": {"aws:PrincipalOrgID": "o-1234567890"}})
    web = iam.WebIdentityPrincipal("accounts.google.com")
    assert web.assume_role_action == "sts:AssumeRoleWithWebIdentity"
    assert iam.FederatedPrincipal("f").assume_role_action == "sts:AssumeRole"


def test_principal_with_conditions_merges_operators() -> None:
    p = iam.ServicePrincipal("sns.amazonaws.com", conditions={"StringEquals": {"a": "1"}}).with_conditions(
        {"StringEquals": {"b": "2"}, "Bool": {"c": "true"}}
    )
    p.add_condition("Bool", {"d": "false"})
    assert p.policy_fragment.conditions == {"StringEquals": {"a": "1", "b": "2"}, "Bool": {"c": "true", "d": "false"}}


def test_composite_principal_refuses_components_with_conditions_in_one_statement() -> None:
    composite = iam.CompositePrincipal(iam.OrganizationPrincipal("o-1234567890"))
    with pytest.raises(UnscopedValidationError, match="Components of a CompositePrincipal must not have conditions"):
        iam.PolicyStatement(actions=["a:b"], principals=[composite])


def test_star_principal_cannot_be_merged_with_other_principals() -> None:
    with pytest.raises(UnscopedValidationError, match="if one uses a literal principal string the other one must be empty"):
        iam.PolicyStatement(actions=["a:b"], principals=[iam.StarPrincipal(), iam.AnyPrincipal()])


def test_plain_principals_have_no_identity_policy() -> None:
    statement = iam.PolicyStatement(actions=["a:b"], resources=["*"])
    assert iam.ServicePrincipal("sns.amazonaws.com").add_to_principal_policy(statement).statement_added is False
    assert iam.AccountPrincipal("123456789012").add_to_policy(statement) is False


def test_unknown_principal_warns_instead_of_adding(stack: Stack, resources) -> None:
    owner = iam.Group(stack, "Owner")
    principal = iam.UnknownPrincipal(resource=owner)
    grant = iam.Grant.add_to_principal(grantee=principal, actions=["s3:GetObject"], resource_arns=["*"])
    assert grant.success
    with pytest.raises(UnscopedValidationError, match="Cannot get policy fragment of S/Owner"):
        principal.policy_fragment  # noqa: B018
    resources(stack)
    messages = stack.node.root.synth().get_stack_artifact("S").messages
    assert [m.entry["data"] for m in messages if m.id == "/S/Owner"] == [
        'Add statement to this resource\'s role: {"Action":"s3:GetObject","Effect":"Allow","Resource":"*"} '
        "[ack: @aws-cdk/aws-iam:unknownPrincipalAddStatementToRole]"
    ]
