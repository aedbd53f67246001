"""SSM parameters: validation errors (messages name the construct path), ARN forms, imported values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import ssm


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"string_value": "abc", "allowed_pattern": "^[0-9]+$"},
         "The supplied value (abc) does not match the specified allowedPattern (^[0-9]+$)"),
        ({"string_value": "v", "parameter_name": "bad name"},
         "name must only contain letters, numbers, and the following 4 symbols .-_/; got bad name"),
        ({"string_value": "v", "parameter_name": "a" * 2049}, "name cannot be longer than 2048 characters."),
        ({"string_value": "v", "description": "d" * 1025}, "Description cannot be longer than 1024 characters."),
        ({"string_value": "v", "parameter_name": "a/b"},
         'Parameter names must be fully qualified (if they include "/" they must also begin with a "/"): a/b'),
        ({"string_value": "v", "parameter_name": "/a/b", "simple_name": True},
         'Parameter name "/a/b" is not a simple name, but "simpleName" was explicitly set to true. '
         "Either omit it or set it to false"),
        ({"string_value": "v", "simple_name": False},
         'If "parameterName" is not explicitly defined, "simpleName" must be "true" or undefined since '
         "auto-generated parameter names always have simple names"),
        ({"string_value": "v", "type": ssm.ParameterType.AWS_EC2_IMAGE_ID},
         "The type must either be ParameterType.STRING or ParameterType.STRING_LIST. "
         "Did you mean to set dataType: ParameterDataType.AWS_EC2_IMAGE instead?"),
    ],
)
def test_string_parameter_fails_on_invalid_props(stack: Stack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        ssm.StringParameter(stack, "Param", **props)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Param"


def test_string_list_values_may_not_contain_commas(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        ssm.StringListParameter(stack, "List", string_list_value=["a,b"])
    assert err.value.construct_path == "S/List"
    assert "cannot contain the ',' character" in err.value.bare_message


def test_allowed_pattern_is_searched_like_a_javascript_regex(stack: Stack) -> None:
    ssm.StringParameter(stack, "Param", string_value="xx-42-yy", allowed_pattern="[0-9]+")


def test_imports_reject_empty_names_and_list_types(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="parameterName cannot be an empty string"):
        ssm.StringParameter.from_string_parameter_attributes(stack, "A", parameter_name="")
    with pytest.raises(ValidationError, match="does not support StringList"):
        ssm.StringParameter.from_string_parameter_attributes(
            stack, "B", parameter_name="x", type=ssm.ParameterType.STRING_LIST
        )
    with pytest.raises(ValidationError, match="does not support STRING_LIST"):
        ssm.StringParameter.value_for_typed_string_parameter(stack, "x", ssm.ParameterType.STRING_LIST)


def test_imported_value_parameter_is_created_only_when_read(stack: Stack, synth: Callable) -> None:
    imported = ssm.StringParameter.from_string_parameter_name(stack, "Imported", "/a/b")
    assert stack.node.try_find_child("Imported.Parameter") is None
    first = imported.string_value
    assert imported.string_value == first
    assert stack.node.find_child("Imported.Parameter") is not None
    assert stack.resolve(first) == {"Ref": "ImportedParameter"}


def test_value_for_string_parameter_imports_once_per_stack(stack: Stack) -> None:
    a = ssm.StringParameter.value_for_string_parameter(stack, "/shared")
    b = ssm.StringParameter.value_for_string_parameter(stack, "/shared")
    assert stack.resolve(a) == stack.resolve(b) == {
        "Ref": "SsmParameterValuesharedC96584B6F00A464EAD1953AFF4B05118Parameter"
    }


def test_versioned_imports_are_dynamic_references(stack: Stack) -> None:
    value = ssm.StringParameter.value_for_secure_string_parameter(stack, "/db/password", 3)
    assert stack.resolve(value) == "{{resolve:ssm-secure:/db/password:3}}"


def test_from_string_parameter_arn_checks_the_region() -> None:
    from constructs import App, Environment

    stack = Stack(App(), "S", env=Environment(account="111111111111", region="eu-west-1"))
    arn = "arn:aws:ssm:us-east-1:222222222222:parameter/shared"
    with pytest.raises(ValidationError, match="stringParameterArn must be in the same region as the stack"):
        ssm.StringParameter.from_string_parameter_arn(stack, "P", arn)
    ok = ssm.StringParameter.from_string_parameter_arn(stack, "Q", arn.replace("us-east-1", "eu-west-1"))
    assert ok.parameter_name == "shared"
