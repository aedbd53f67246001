"""Role, Policy and ManagedPolicy: validation errors (with construct paths) and rendering details."""

from __future__ import annotations

import pytest

from constructs import Duration, PycdkError, Stack, ValidationError
from l2 import iam

LAMBDA = iam.ServicePrincipal("lambda.amazonaws.com")


@pytest.mark.parametrize("duration", [Duration.minutes(59), Duration.hours(13), Duration.seconds(43201)])
def test_fails_on_max_session_duration_out_of_range(stack: Stack, duration: Duration) -> None:
    seconds = duration.to_seconds()
    with pytest.raises(ValidationError, match=f"maxSessionDuration is set to {seconds}, but must be >= 3600sec") as err:
        iam.Role(stack, "Role", assumed_by=LAMBDA, max_session_duration=duration)
    assert err.value.construct_path == "S/Role"


@pytest.mark.parametrize("name", ["has space", "x" * 65, "semi;colon"])
def test_fails_on_invalid_role_name(stack: Stack, name: str) -> None:
    with pytest.raises(ValidationError, match="Invalid roleName") as err:
        iam.Role(stack, "Role", assumed_by=LAMBDA, role_name=name)
    assert "at path [S/Role]" in str(err.value)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("", "Role path must be between 1 and 512 characters. The provided role path is 0 characters."),
        ("no-slashes", "Role path must be either a slash or valid characters"),
        ("/" + "a" * 512 + "/", "The provided role path is 514 characters."),
    ],
)
def test_fails_on_invalid_role_path(stack: Stack, path: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        iam.Role(stack, "Role", assumed_by=LAMBDA, path=path)


def test_fails_on_description_over_1000_characters(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Role description must be no longer than 1000 characters."):
        iam.Role(stack, "Role", assumed_by=LAMBDA, description="d" * 1001)


def test_synth_fails_on_an_inline_policy_statement_without_resources(stack: Stack, resources) -> None:
    iam.Role(stack, "Role", assumed_by=LAMBDA,
             inline_policies={"p": iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["a:b"])])})
    with pytest.raises(PycdkError, match=r"\[S/Role\] A PolicyStatement used in an identity-based policy must specify"):
        resources(stack)


def test_synth_fails_on_a_default_policy_statement_with_principals(stack: Stack, resources) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA)
    role.add_to_policy(iam.PolicyStatement(actions=["a:b"], resources=["*"], principals=[iam.AnyPrincipal()]))
    with pytest.raises(PycdkError, match=r"\[S/Role/DefaultPolicy\] A PolicyStatement used in an identity-based"):
        resources(stack)


def test_synth_fails_on_an_empty_managed_policy(stack: Stack, resources) -> None:
    iam.ManagedPolicy(stack, "MP")
    with pytest.raises(PycdkError, match=r"\[S/MP\] Managed Policy is empty"):
        resources(stack)


def test_synth_fails_on_an_empty_forced_policy(stack: Stack, resources) -> None:
    iam.Policy(stack, "P", force=True)
    with pytest.raises(PycdkError, match="Policy created with force=true is empty"):
        resources(stack)


def test_unattached_and_empty_policies_do_not_render(stack: Stack, resources) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA)
    iam.Policy(stack, "Unattached", statements=[iam.PolicyStatement(actions=["a:b"], resources=["*"])])
    iam.Policy(stack, "Empty", roles=[role])
    assert list(resources(stack)) == ["Role1ABCC5F0"]


def test_fails_to_attach_two_policies_with_the_same_name(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA)
    iam.Policy(stack, "P1", policy_name="same", roles=[role])
    with pytest.raises(ValidationError, match='A policy named "same" is already attached'):
        iam.Policy(stack, "P2", policy_name="same", roles=[role])


def test_grant_assume_role_refuses_service_principals(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA)
    with pytest.raises(ValidationError, match="Cannot use a service or account principal with grantAssumeRole"):
        role.grant_assume_role(iam.ServicePrincipal("ec2.amazonaws.com"))


def test_from_role_arn_refuses_grants_to_resources_on_a_mutable_role(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="'addGrantsToResources' can only be passed if 'mutable: false'"):
        iam.Role.from_role_arn(stack, "R", "arn:aws:iam::1:role/x", add_grants_to_resources=True)


def test_default_policy_is_created_once_and_named_after_its_logical_id(stack: Stack, resources) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA)
    r1 = role.add_to_principal_policy(iam.PolicyStatement(actions=["a:b"], resources=["*"]))
    r2 = role.add_to_principal_policy(iam.PolicyStatement(actions=["c:d"], resources=["*"]))
    assert r1.statement_added and r2.statement_added
    assert role.default_policy is not None and role.default_policy.node.path == "S/Role/DefaultPolicy"
    policy = resources(stack)["RoleDefaultPolicy5FFB7DAB"]["Properties"]
    assert policy["PolicyName"] == "RoleDefaultPolicy5FFB7DAB"
    assert [s["Action"] for s in policy["PolicyDocument"]["Statement"]] == ["a:b", "c:d"]


def test_managed_policies_are_deduplicated_by_arn(stack: Stack, resources) -> None:
    role = iam.Role(stack, "Role", assumed_by=LAMBDA,
                    managed_policies=[iam.ManagedPolicy.from_managed_policy_arn(stack, "A", "arn:aws:iam::1:policy/a")])
    role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(stack, "B", "arn:aws:iam::1:policy/a"))
    assert resources(stack)["Role1ABCC5F0"]["Properties"]["ManagedPolicyArns"] == ["arn:aws:iam::1:policy/a"]


def test_composite_principal_requires_a_principal() -> None:
    with pytest.raises(PycdkError, match="CompositePrincipals must be constructed with at least 1 Principal"):
        iam.CompositePrincipal()


@pytest.mark.parametrize("org", ["o-short", "x-1234567890", "o-UPPERCASE12"])
def test_fails_on_malformed_organization_id(org: str) -> None:
    with pytest.raises(PycdkError, match=f"received {org}"):
        iam.OrganizationPrincipal(org)


def test_static_service_principal_alias_matches_aws_cdk_lib_spelling() -> None:
    assert iam.ServicePrincipal.from_static_service_principal_name is iam.ServicePrincipal.from_static_service_principle_name


def test_grant_assert_success_names_the_grant(stack: Stack) -> None:
    grant = iam.Grant.add_to_principal(grantee=iam.ServicePrincipal("sns.amazonaws.com"), actions=["a:b", "c:d"],
                                       resource_arns=["r1"])
    assert not grant.success
    with pytest.raises(PycdkError, match="Permissions for 'ServicePrincipal\\(sns.amazonaws.com\\)' to call 'a:b,c:d' on 'r1'"):
        grant.assert_success()


def test_attributes_built_on_first_use_stay_the_same(stack: Stack) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
    assert stack.resolve(role.role_id) == {"Fn::GetAtt": ["Role1ABCC5F0", "RoleId"]}
    assert role.role_id is role.role_id and role.grants is role.grants
    assert role.policy_fragment is role.policy_fragment
    assert role.policy_fragment.principal_json == {"AWS": [role.role_arn]}
