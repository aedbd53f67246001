"""Messages name the right thing (issue 13, group 6).

What aws-cdk-lib 2.275 does in each case (checked with the oracle venv):

- an L2 construct created directly under the App: ``RuntimeError`` at the call naming its L1 child
  (``CfnBucket at 'B/Resource' should be created in the scope of a Stack``); pycdk names the L2 construct itself.
- a construct added after ``app.synth()``: aws-cdk-lib accepts it silently (it never reaches a template);
  pycdk is stricter and refuses, saying the app has been synthesized.
- ``override_logical_id`` with a token: aws-cdk-lib fails only at synthesis ("KeyMustResolveToString"); pycdk
  refuses at the call (stricter in time).
- a stack id over 128 characters: the stack name and artifact id are the id's letters and digits, shortened in
  the middle, plus an 8-character hash (expected names below are aws-cdk-lib's).
- ``Fn.select`` with a literal index outside a literal list: aws-cdk-lib fails at the call with jsii's
  "Unable to serialize value as string"; pycdk raises ``ValidationError`` naming the index and the length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import constructs as cdk
from constructs import App, CfnResource, Construct, Fn, Stack, Token, ValidationError
from l2 import dynamodb, iam, kms, lambda_, logs, s3, sns, sqs


def _fn(scope: Construct, id: str) -> Any:
    return lambda_.Function(
        scope, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=lambda_.Code.from_inline("x")
    )


L2_UNDER_APP: list[tuple[str, Callable[[Construct, str], Any]]] = [
    ("Bucket", lambda scope, id: s3.Bucket(scope, id)),
    ("Queue", lambda scope, id: sqs.Queue(scope, id)),
    ("Topic", lambda scope, id: sns.Topic(scope, id)),
    ("Key", lambda scope, id: kms.Key(scope, id)),
    ("LogGroup", lambda scope, id: logs.LogGroup(scope, id)),
    ("Role", lambda scope, id: iam.Role(scope, id, assumed_by=iam.AccountRootPrincipal())),
    (
        "Table",
        lambda scope, id: dynamodb.Table(
            scope, id, partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
        ),
    ),
    ("Function", _fn),
]


@pytest.mark.parametrize(("class_name", "make"), L2_UNDER_APP, ids=[c[0] for c in L2_UNDER_APP])
def test_construct_outside_a_stack_is_named_not_the_app(class_name: str, make: Callable[..., Any]) -> None:
    app = App()
    with pytest.raises(ValidationError) as err:
        make(app, "Thing")
    assert err.value.bare_message == (
        f"{class_name} at 'Thing' should be created in the scope of a Stack, but no Stack found"
    )
    assert err.value.construct_path == "Thing"


@pytest.mark.parametrize(("class_name", "make"), L2_UNDER_APP[:4], ids=[c[0] for c in L2_UNDER_APP[:4]])
def test_construct_under_a_plain_construct_outside_a_stack_names_its_path(
    class_name: str, make: Callable[..., Any]
) -> None:
    group = Construct(App(), "Group")
    with pytest.raises(ValidationError) as err:
        make(group, "Thing")
    assert err.value.bare_message.startswith(f"{class_name} at 'Group/Thing' should be created in the scope")


ADD_AFTER_SYNTH: list[tuple[str, Callable[[App, Stack], Any], str]] = [
    ("construct_in_stack", lambda app, stack: Construct(stack, "Late"), 'Cannot add children to "S"'),
    ("bucket_in_stack", lambda app, stack: s3.Bucket(stack, "Late"), 'Cannot add children to "S"'),
    ("queue_in_stack", lambda app, stack: sqs.Queue(stack, "Late"), 'Cannot add children to "S"'),
    ("cfn_resource", lambda app, stack: CfnResource(stack, "Late", type="AWS::SNS::Topic"), 'Cannot add children to "S"'),
    ("new_stack_in_app", lambda app, stack: Stack(app, "Late"), "Cannot add children"),
    ("construct_in_app", lambda app, stack: Construct(app, "Late"), "Cannot add children"),
    ("deep_child", lambda app, stack: Construct(stack.node.find_child("Group"), "Late"), 'Cannot add children to "S/Group"'),
    ("grant_after_synth", lambda app, stack: stack.node.find_child("Queue").grant_send_messages(
        iam.Role(stack, "LateRole", assumed_by=iam.AccountRootPrincipal())), 'Cannot add children to "S"'),
]


@pytest.mark.parametrize(("make", "prefix"), [c[1:] for c in ADD_AFTER_SYNTH], ids=[c[0] for c in ADD_AFTER_SYNTH])
def test_adding_to_a_synthesized_tree_says_it_was_synthesized(make: Callable[..., Any], prefix: str) -> None:
    app = App()
    stack = Stack(app, "S")
    Construct(stack, "Group")
    sqs.Queue(stack, "Queue")
    app.synth()
    with pytest.raises(ValidationError) as err:
        make(app, stack)
    message = str(err.value)
    assert message.startswith(prefix)
    assert "has already been synthesized (synth() was called)" in message


def test_a_lock_that_is_not_synthesis_does_not_claim_synthesis() -> None:
    stack = Stack(App(), "S")
    group = Construct(stack, "G")
    group.node.lock()
    with pytest.raises(ValidationError) as err:
        Construct(group, "X")
    assert str(err.value) == 'Cannot add children to "S/G" during synthesis'


TOKENS: list[tuple[str, Callable[[Stack], Any]]] = [
    ("aws_account", lambda stack: stack.account),
    ("pseudo_region", lambda stack: cdk.Aws.REGION),
    ("parameter", lambda stack: cdk.CfnParameter(stack, "Id").value_as_string),
    ("lazy", lambda stack: cdk.Lazy.string(lambda: "Produced")),
    ("embedded", lambda stack: f"Prefix{stack.account}"),
    ("not_a_string", lambda stack: 42),
]


@pytest.mark.parametrize("make", [t[1] for t in TOKENS], ids=[t[0] for t in TOKENS])
def test_override_logical_id_refuses_a_token_at_the_call(make: Callable[[Stack], Any]) -> None:
    stack = Stack(App(), "S")
    resource = CfnResource(stack, "R", type="AWS::SNS::Topic")
    value = make(stack)
    with pytest.raises(ValidationError) as err:
        resource.override_logical_id(value)
    assert err.value.bare_message.startswith("override_logical_id() needs a literal logical ID string, got ")
    assert err.value.construct_path == "S/R"


def test_override_logical_id_with_a_literal_still_works() -> None:
    app = App()
    stack = Stack(app, "S")
    CfnResource(stack, "R", type="AWS::SNS::Topic").override_logical_id("Literal")
    assert list(app.synth().get_stack_by_name("S").template["Resources"]) == ["Literal"]


# aws-cdk-lib 2.275's stack name and artifact id for each id (the oracle venv)
LONG_IDS: list[tuple[str, str]] = [
    ("S" * 129, "S" * 120 + "FA242C26"),
    ("S" * 130, "S" * 120 + "47C908E1"),
    ("Stack" * 30, ("Stack" * 30)[:60] + ("Stack" * 30)[-60:] + "8C358329"),
    ("Long" * 64, ("Long" * 64)[:60] + ("Long" * 64)[-60:] + "B75DCD35"),
    ("a-b_" * 40, "ab" * 40),
    ("x" * 128, "x" * 128),
]


@pytest.mark.parametrize(("stack_id", "expected"), LONG_IDS, ids=["129", "130", "150", "256", "symbols", "128"])
def test_stack_id_over_128_characters_is_truncated_plus_hash(stack_id: str, expected: str) -> None:
    stack = Stack(App(), stack_id)
    assert (stack.stack_name, stack.artifact_id) == (expected, expected)


def test_nested_stack_path_over_128_characters_is_shortened_as_aws_cdk_lib_does() -> None:
    group = Construct(App(), "Group" + "G" * 70)
    stack = Stack(group, "Inner" + "I" * 70)
    expected = "Group" + "G" * 55 + "I" * 60 + "B903ABDF"
    assert (stack.stack_name, stack.artifact_id) == (expected, expected)


def test_long_stack_id_synthesizes_under_its_short_name() -> None:
    app = App()
    stack = Stack(app, "S" * 130)
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    assembly = app.synth()
    assert assembly.get_stack_by_name("S" * 120 + "47C908E1").template["Resources"]["R"]["Type"] == "AWS::SNS::Topic"


def test_stage_prefix_that_makes_the_name_too_long_names_the_stack() -> None:
    stage = cdk.Stage(App(), "Stage" + "X" * 60)
    with pytest.raises(ValidationError) as err:
        Stack(stage, "Y" * 100)
    assert err.value.bare_message.startswith("Stack name must be <= 128 characters. Stack name: 'StageXXX")
    assert err.value.construct_path == "Stage" + "X" * 60 + "/" + "Y" * 100


def test_explicit_stack_name_over_128_characters_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        Stack(App(), "S", stack_name="Q" * 129)
    assert err.value.bare_message == f"Stack name must be <= 128 characters. Stack name: '{'Q' * 129}'"
    assert err.value.construct_path == "S"


SELECTS: list[tuple[int, list[str], str]] = [
    (2, ["a", "b"], "Fn.select: index 2 is out of range for a list of 2 element(s); give an index from 0 to 1"),
    (-1, ["a", "b"], "Fn.select: index -1 is out of range for a list of 2 element(s); give an index from 0 to 1"),
    (10, ["a"], "Fn.select: index 10 is out of range for a list of 1 element(s); give an index from 0 to 0"),
    (0, [], "Fn.select: index 0 is out of range: the list is empty"),
]


@pytest.mark.parametrize(("index", "array", "message"), SELECTS, ids=["past_end", "negative", "far", "empty"])
def test_fn_select_index_out_of_range_raises(index: int, array: list[str], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        Fn.select(index, array)
    assert str(err.value) == message


def test_fn_select_out_of_range_with_token_elements_raises_too() -> None:
    with pytest.raises(ValidationError, match=r"^Fn\.select: index 3 is out of range for a list of 2"):
        Fn.select(3, [cdk.Aws.REGION, "b"])


def test_fn_select_in_range_and_token_index_still_work() -> None:
    stack = Stack(App(), "S")
    assert Fn.select(1, ["a", "b"]) == "b"
    index = Token.as_number(cdk.CfnParameter(stack, "I", type="Number").value_as_number)
    assert stack.resolve(Fn.select(index, ["a", "b"])) == {"Fn::Select": [{"Ref": "I"}, ["a", "b"]]}


def test_type_error_of_a_method_names_the_construct_path() -> None:
    stack = Stack(App(), "S")
    queue = sqs.Queue(stack, "Queue")
    with pytest.raises(TypeError) as err:
        queue.grant_send_messages("someone")
    assert str(err.value) == (
        "QueueBase.grant_send_messages(): argument 'grantee' expects IGrantable, got str ('someone')"
        " (construct path: S/Queue)"
    )


def test_type_error_of_a_constructor_names_the_new_construct_path() -> None:
    stack = Stack(App(), "S")
    group = Construct(stack, "Group")
    with pytest.raises(TypeError) as err:
        s3.Bucket(group, "B", versioned="no")
    assert str(err.value) == (
        "Bucket.__init__(): argument 'versioned' expects bool | None, got str ('no') (construct path: S/Group/B)"
    )


def test_type_error_of_a_user_subclass_names_the_library_method() -> None:
    class MyBucket(s3.Bucket):
        def __init__(self, scope: Construct, id: str) -> None:
            super().__init__(scope, id, encryption="KMS")

    with pytest.raises(TypeError) as err:
        MyBucket(Stack(App(), "S"), "Mine")
    assert str(err.value).startswith("Bucket.__init__(): argument 'encryption' expects BucketEncryption | None")


def test_duplicate_id_names_the_taken_path() -> None:
    stack = Stack(App(), "S")
    s3.Bucket(stack, "B")
    with pytest.raises(ValidationError) as err:
        sqs.Queue(stack, "B")
    assert str(err.value) == (
        "There is already a Construct with name 'B' in Stack [S] (path 'S/B' is taken; choose another id)"
    )
