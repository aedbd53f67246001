"""CloudFormation limits stay checked, with the construct path (issue 13, group 7).

What aws-cdk-lib 2.275 does (checked with the oracle venv), and pycdk with it:

- more resources than ``@aws-cdk/core:stackResourceLimit`` (default 500): an error at synthesis naming the stack.
- more than 200 parameters, outputs or mappings, a template over 1,000,000 bytes: aws-cdk-lib's template
  validation warns (``CloudFormation-Validate::F0003`` and "Template size exceeds limit"); pycdk adds a warning to
  the stack's messages, naming the stack.
- an export name over 255 characters or with other characters than letters, digits, ``:`` and ``-``: an error at
  synthesis naming the output's path.
- a stack description over 512 characters: an error at the call.
- a logical ID that is not 1 to 255 letters and digits: aws-cdk-lib only warns at synthesis (template validation,
  ``F0006``); pycdk refuses it at ``override_logical_id`` (stricter), and at synthesis for ``rename_logical_id``.
- a role's default policy over 10,000 characters: split into ``OverflowPolicy<n>`` managed policies of at most
  6,000 characters (same resource counts as aws-cdk-lib), with a warning on the role past 10 and past 20 of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import constructs as cdk
from constructs import App, CfnResource, Stack, SynthesisError, ValidationError
from l2 import iam


def _messages(app: App, stack_name: str = "S") -> list[tuple[str, str, str]]:
    stack = app.synth().get_stack_by_name(stack_name)
    return [(m.level, m.id, m.entry["data"]) for m in stack.messages]


@pytest.mark.parametrize("count", [501, 600])
def test_too_many_resources_fails_synthesis_naming_the_stack(count: int) -> None:
    app = App()
    stack = Stack(app, "S")
    for i in range(count):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    with pytest.raises(SynthesisError) as err:
        app.synth()
    assert err.value.bare_message == (
        f"TooManyResourcesInStack: Number of resources in stack 'S': {count} is greater than allowed maximum of 500"
    )
    assert err.value.construct_path == "S"


def test_too_many_resources_in_a_stage_names_the_stack_path() -> None:
    app = App()
    stack = Stack(cdk.Stage(app, "Prod"), "S")
    for i in range(501):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    with pytest.raises(SynthesisError) as err:
        app.synth()
    assert "Number of resources in stack 'Prod/S': 501" in err.value.bare_message
    assert err.value.construct_path == "Prod/S"


def test_resource_limit_from_context_is_used() -> None:
    app = App(context={"@aws-cdk/core:stackResourceLimit": 10})
    stack = Stack(app, "S")
    for i in range(11):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    with pytest.raises(SynthesisError) as err:
        app.synth()
    assert err.value.bare_message.endswith("stack 'S': 11 is greater than allowed maximum of 10")
    assert err.value.construct_path == "S"


def test_exactly_500_resources_synthesize() -> None:
    app = App()
    stack = Stack(app, "S")
    for i in range(500):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic")
    assert len(app.synth().get_stack_by_name("S").template["Resources"]) == 500


SECTIONS: list[tuple[str, Callable[[Stack, int], Any]]] = [
    ("parameters", lambda stack, i: cdk.CfnParameter(stack, f"P{i}")),
    ("outputs", lambda stack, i: cdk.CfnOutput(stack, f"O{i}", value="x")),
    ("mappings", lambda stack, i: cdk.CfnMapping(stack, f"M{i}", mapping={"a": {"b": "c"}})),
]


@pytest.mark.parametrize(("section", "make"), SECTIONS, ids=[s[0] for s in SECTIONS])
def test_more_than_200_of_a_section_warns_naming_the_stack(section: str, make: Callable[[Stack, int], Any]) -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    for i in range(201):
        make(stack, i)
    warnings = [m for m in _messages(app) if m[0] == "warning"]
    count = 202 if section == "parameters" else 201  # the synthesizer adds BootstrapVersion
    assert (
        "warning",
        "/S",
        f"Number of {section} in stack 'S': {count} is greater than the CloudFormation limit of 200",
    ) in warnings


@pytest.mark.parametrize(("section", "make"), SECTIONS, ids=[s[0] for s in SECTIONS])
def test_200_of_a_section_does_not_warn(section: str, make: Callable[[Stack, int], Any]) -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    for i in range(199):
        make(stack, i)
    assert not [m for m in _messages(app) if m[0] == "warning" and section in m[2]]


def test_template_over_a_million_bytes_warns_naming_the_stack() -> None:
    app = App()
    stack = Stack(app, "S")
    for i in range(20):
        CfnResource(stack, f"R{i}", type="AWS::SNS::Topic", properties={"DisplayName": "x" * 60000})
    assert ("warning", "/S", "Template size of stack 'S' exceeds the CloudFormation limit of 1,000,000 bytes") in (
        _messages(app)
    )


EXPORT_NAMES: list[tuple[str, str]] = [
    ("E" * 256, "Export name cannot exceed 255 characters (got 256 characters)"),
    ("E" * 300, "Export name cannot exceed 255 characters (got 300 characters)"),
    ("bad name!", "Export name must only include alphanumeric characters, colons, or hyphens (got 'bad name!')"),
    ("a_b", "Export name must only include alphanumeric characters, colons, or hyphens (got 'a_b')"),
]


@pytest.mark.parametrize(("name", "message"), EXPORT_NAMES, ids=["256", "300", "space", "underscore"])
def test_invalid_export_name_fails_synthesis_naming_the_output(name: str, message: str) -> None:
    app = App()
    stack = Stack(app, "S")
    cdk.CfnOutput(stack, "O", value="x", export_name=name)
    with pytest.raises(SynthesisError) as err:
        app.synth()
    assert f"[S/O] {message}" in str(err.value)


def test_export_name_of_255_characters_is_fine() -> None:
    app = App()
    stack = Stack(app, "S")
    cdk.CfnOutput(stack, "O", value="x", export_name="E" * 255)
    assert app.synth().get_stack_by_name("S").template["Outputs"]["O"]["Export"]["Name"] == "E" * 255


BAD_LOGICAL_IDS = [("dash", "a-b"), ("underscore", "a_b"), ("too_long", "A" * 256), ("empty", ""), ("accent", "Caf\u00e9")]


@pytest.mark.parametrize("logical_id", [b[1] for b in BAD_LOGICAL_IDS], ids=[b[0] for b in BAD_LOGICAL_IDS])
def test_invalid_logical_id_override_is_refused_naming_the_element(logical_id: str) -> None:
    stack = Stack(App(), "S")
    resource = CfnResource(stack, "R", type="AWS::SNS::Topic")
    with pytest.raises(ValidationError) as err:
        resource.override_logical_id(logical_id)
    assert err.value.bare_message.startswith(
        "override_logical_id(): a logical ID must adhere to the regular expression /^[A-Za-z0-9]{1,255}$/, got "
    )
    assert err.value.construct_path == "S/R"


def test_logical_id_of_255_letters_is_accepted() -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic").override_logical_id("A" * 255)
    assert list(app.synth().get_stack_by_name("S").template["Resources"]) == ["A" * 255]


def test_invalid_rename_fails_synthesis() -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    stack.rename_logical_id("R", "not-valid")
    with pytest.raises(ValidationError, match=r"Logical ID must adhere to the regular expression.*got 'not-valid'"):
        app.synth()


@pytest.mark.parametrize("length", [513, 1025])
def test_long_stack_description_is_refused_naming_the_stack(length: int) -> None:
    with pytest.raises(ValidationError) as err:
        Stack(App(), "S", description="d" * length)
    assert err.value.bare_message.startswith("Stack description must be <= 1024 bytes. Received description: 'ddd")
    assert err.value.construct_path == "S"


@pytest.mark.parametrize("stack_id", ["bad_name", "1starts-with-digit", "has space"])
def test_invalid_stack_name_is_refused_naming_the_stack(stack_id: str) -> None:
    with pytest.raises(ValidationError) as err:
        Stack(App(), stack_id)
    assert err.value.bare_message == (
        f"Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '{stack_id}'"
    )


def _role_with_statements(count: int) -> App:
    app = App()
    stack = Stack(app, "S")
    role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    for i in range(count):
        role.add_to_policy(
            iam.PolicyStatement(actions=[f"s3:GetObject{i}"], resources=[f"arn:aws:s3:::bucket-{i:04d}-{'x' * 200}/*"])
        )
    return app


# (statements, resources in the template, warning on the role) — aws-cdk-lib 2.275's figures for the same app
ROLE_SIZES: list[tuple[int, int, str | None]] = [
    (40, 3, None),
    (400, 21, "Policy large: 19 exceeds 10 managed policies attached to a Role, this requires a quota increase "
     "[ack: @aws-cdk/aws-iam:rolePolicyLarge]"),
    (900, 46, "Policy too large: 44 exceeds the maximum of 20 managed policies attached to a Role "
     "[ack: @aws-cdk/aws-iam:rolePolicyTooLarge]"),
]


@pytest.mark.parametrize(("statements", "resources", "warning"), ROLE_SIZES, ids=["small", "large", "too_large"])
def test_large_role_policy_overflows_into_managed_policies_as_aws_cdk_lib_does(
    statements: int, resources: int, warning: str | None
) -> None:
    app = _role_with_statements(statements)
    stack = app.synth().get_stack_by_name("S")
    assert len(stack.template["Resources"]) == resources
    warnings = [(m.id, m.entry["data"]) for m in stack.messages if m.level == "warning"]
    assert warnings == ([("/S/Role", warning)] if warning else [])


def test_overflow_policies_stay_under_the_managed_policy_size() -> None:
    app = _role_with_statements(400)
    template = app.synth().get_stack_by_name("S").template
    overflow = {k: v for k, v in template["Resources"].items() if k.startswith("RoleOverflowPolicy")}
    assert len(overflow) == 19
    for body in overflow.values():
        assert body["Type"] == "AWS::IAM::ManagedPolicy"
        assert body["Properties"]["Description"] == "Part of the policies for S/Role"
        # IAM's limit for a managed policy: 6,144 characters, whitespace not counted
        assert len(json.dumps(body["Properties"]["PolicyDocument"], separators=(",", ":"))) <= 6144
