"""The construct tree (constructs 10.8.1 rules, cdk-facts §2): ids, paths, addresses, children, context, lock."""

from __future__ import annotations

import pytest
from _core_support import resources_of

from constructs import App, CfnResource, Construct, ConstructOrder, MetadataEntry, Stack, ValidationError


class Group(Construct):
    """A Python subclass of Construct (CDK names these ``Construct`` in the duplicate-id error)."""


# -- ids and paths ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected_id"),
    [
        ("a/b", "a--b"),
        ("a\nb", "a--b"),
        ("/lead/", "--lead--"),
        ("with space.and.dots", "with space.and.dots"),
        ("punct!@#$%^&*()", "punct!@#$%^&*()"),
    ],
)
def test_ids_replace_slash_and_newline_and_keep_other_characters(stack: Stack, given: str, expected_id: str) -> None:
    c = Construct(stack, given)
    assert c.node.id == expected_id
    assert c.node.path == f"MyStack/{expected_id}"
    assert stack.node.find_child(given) is c


def test_app_has_empty_id_and_path(app: App) -> None:
    assert app.node.id == ""
    assert app.node.path == ""
    assert app.node.scope is None
    assert app.node.root is app


def test_fails_empty_id_below_a_root(stack: Stack) -> None:
    with pytest.raises(RuntimeError, match="^Only root constructs may have an empty ID"):
        Construct(stack, "")


def test_path_joins_ids_below_the_root(stack: Stack) -> None:
    leaf = Construct(Construct(stack, "Outer"), "Inner")
    assert leaf.node.path == "MyStack/Outer/Inner"
    assert [c.node.id for c in leaf.node.scopes] == ["", "MyStack", "Outer", "Inner"]
    assert leaf.node.root is stack.node.root
    assert leaf.node.scope.node.id == "Outer"


# -- duplicate ids ----------------------------------------------------------------------------------------


def test_fails_duplicate_id_under_the_app(app: App) -> None:
    Construct(app, "X")
    with pytest.raises(RuntimeError, match=r"^There is already a Construct with name 'X' in App"):
        Construct(app, "X")


def test_fails_duplicate_id_under_a_plain_construct(stack: Stack) -> None:
    g = Construct(stack, "G")
    Construct(g, "X")
    with pytest.raises(RuntimeError, match=r"^There is already a Construct with name 'X' in Construct \[G\]"):
        Construct(g, "X")


def test_fails_duplicate_id_under_a_python_subclass_names_it_construct(stack: Stack) -> None:
    g = Group(stack, "G")
    Construct(g, "X")
    with pytest.raises(RuntimeError, match=r"^There is already a Construct with name 'X' in Construct \[G\]"):
        Construct(g, "X")


def test_fails_duplicate_id_after_sanitising(stack: Stack) -> None:
    Construct(stack, "a--b")
    with pytest.raises(RuntimeError, match=r"^There is already a Construct with name 'a--b' in "):
        Construct(stack, "a/b")


def test_tree_errors_are_catchable_as_runtime_error_and_value_error(stack: Stack) -> None:
    Construct(stack, "X")
    with pytest.raises(ValueError):
        Construct(stack, "X")
    with pytest.raises(RuntimeError):
        Construct(stack, "")


def test_error_classes_subclass_runtime_error_and_value_error() -> None:
    assert issubclass(ValidationError, RuntimeError)
    assert issubclass(ValidationError, ValueError)


# -- addr ---------------------------------------------------------------------------------------------------


def test_addr_of_app_and_stack_are_cdk_values(app: App, stack: Stack) -> None:
    assert app.node.addr == "c8adc83b19e793491b1c6ea0fd8b46cd9f32e592fc"
    assert stack.node.addr == "c8a07db2275e7f9159feb020f62cf2c0068f4b1631"


def test_addr_skips_default_components(stack: Stack) -> None:
    direct = Construct(stack, "X")
    via_default = Construct(Construct(Construct(stack, "Other"), "Default"), "Y")
    hidden = Construct(Construct(stack, "Default"), "X2")
    assert len(direct.node.addr) == 42
    assert direct.node.addr.startswith("c8")
    # MyStack/Default/X2 has the addr MyStack/X2 would have
    app2 = App()
    s2 = Stack(app2, "MyStack")
    assert hidden.node.addr == Construct(s2, "X2").node.addr
    assert via_default.node.addr != direct.node.addr


# -- children ---------------------------------------------------------------------------------------------


def test_children_list_integer_like_ids_first_in_numeric_order(stack: Stack) -> None:
    for cid in ["Z", "10", "2", "A", "01", "3x"]:
        CfnResource(stack, cid, type="AWS::SNS::Topic")
    assert [c.node.id for c in stack.node.children] == ["2", "10", "Z", "A", "01", "3x"]
    assert list(resources_of(stack)) == ["2", "10", "Z", "A", "01", "3x"]


def test_children_keep_insertion_order_otherwise(stack: Stack) -> None:
    for cid in ["b", "a", "c"]:
        Construct(stack, cid)
    assert [c.node.id for c in stack.node.children] == ["b", "a", "c"]


def test_find_child_and_try_find_child(stack: Stack) -> None:
    x = Construct(stack, "X")
    assert stack.node.find_child("X") is x
    assert stack.node.try_find_child("Nope") is None
    with pytest.raises(RuntimeError):
        stack.node.find_child("Nope")


def _tree(stack: Stack) -> None:
    a = Construct(stack, "A")
    Construct(a, "A1")
    Construct(a, "A2")
    b = Construct(stack, "B")
    Construct(b, "B1")


def test_find_all_is_preorder_by_default(stack: Stack) -> None:
    _tree(stack)
    assert [c.node.path for c in stack.node.find_all()] == [
        "MyStack", "MyStack/A", "MyStack/A/A1", "MyStack/A/A2", "MyStack/B", "MyStack/B/B1",
    ]


def test_find_all_postorder_puts_children_first(stack: Stack) -> None:
    _tree(stack)
    assert [c.node.path for c in stack.node.find_all(ConstructOrder.POSTORDER)] == [
        "MyStack/A/A1", "MyStack/A/A2", "MyStack/A", "MyStack/B/B1", "MyStack/B", "MyStack",
    ]


# -- default child ----------------------------------------------------------------------------------------


def test_default_child_is_resource_or_default(stack: Stack) -> None:
    with_resource = Construct(stack, "R")
    res = Construct(with_resource, "Resource")
    with_default = Construct(stack, "D")
    dflt = Construct(with_default, "Default")
    neither = Construct(stack, "N")
    Construct(neither, "Other")
    assert with_resource.node.default_child is res
    assert with_default.node.default_child is dflt
    assert neither.node.default_child is None


def test_fails_default_child_when_both_resource_and_default_exist(stack: Stack) -> None:
    both = Construct(stack, "Both")
    Construct(both, "Resource")
    Construct(both, "Default")
    with pytest.raises(
        RuntimeError,
        match=r'^Cannot determine default child for MyStack/Both\. There is both a child with id "Resource" '
        r'and id "Default"',
    ):
        _ = both.node.default_child


# -- metadata ---------------------------------------------------------------------------------------------


def test_add_metadata_appends_entries_and_ignores_none(stack: Stack) -> None:
    c = Construct(stack, "C")
    c.node.add_metadata("custom", {"k": 1})
    c.node.add_metadata("ignored", None)
    c.node.add_metadata("second", "text")
    assert [(m.type, m.data) for m in c.node.metadata] == [("custom", {"k": 1}), ("second", "text")]
    assert isinstance(c.node.metadata[0], MetadataEntry)
    assert c.node.metadata[0].trace is None


# -- validation -------------------------------------------------------------------------------------------


class _Fails:
    def __init__(self, *messages: str) -> None:
        self.messages = list(messages)

    def validate(self) -> list[str]:
        return list(self.messages)


def test_validate_concatenates_every_validation(stack: Stack) -> None:
    c = Construct(stack, "C")
    c.node.add_validation(_Fails("one", "two"))
    c.node.add_validation(_Fails())
    c.node.add_validation(_Fails("three"))
    assert c.node.validate() == ["one", "two", "three"]


def test_fails_synth_with_validation_errors_in_preorder(app: App, stack: Stack) -> None:
    b = Construct(stack, "B")
    a_child = Construct(b, "Child")
    second = Construct(stack, "A")
    second.node.add_validation(_Fails("third"))
    a_child.node.add_validation(_Fails("second"))
    b.node.add_validation(_Fails("first"))
    with pytest.raises(RuntimeError) as exc:
        app.synth()
    assert str(exc.value) == (
        "ValidationFailedWithErrors: Validation failed with the following errors:"
        "\n  [MyStack/B] first"
        "\n  [MyStack/B/Child] second"
        "\n  [MyStack/A] third"
    )


def test_validations_pass_when_they_return_nothing(app: App, stack: Stack) -> None:
    Construct(stack, "C").node.add_validation(_Fails())
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    assert "R" in app.synth().get_stack_artifact("MyStack").template["Resources"]


# -- context ----------------------------------------------------------------------------------------------


def test_fails_set_context_after_children_were_added(stack: Stack) -> None:
    Construct(stack, "First")
    Construct(stack, "Second")
    with pytest.raises(RuntimeError, match="^Cannot set context after children have been added: First,Second"):
        stack.node.set_context("k", "v")


def test_try_get_context_walks_up_the_scopes() -> None:
    app = App(context={"shared": "from-app", "over": "app"})
    group = Construct(app, "G")
    group.node.set_context("over", "group")
    leaf = Construct(Construct(group, "Mid"), "Leaf")
    other = Construct(app, "Other")
    assert leaf.node.try_get_context("shared") == "from-app"
    assert leaf.node.try_get_context("over") == "group"
    assert other.node.try_get_context("over") == "app"
    assert leaf.node.try_get_context("missing") is None


# -- lock -------------------------------------------------------------------------------------------------


def test_fails_adding_children_after_synth(app: App, stack: Stack) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    app.synth()
    with pytest.raises(RuntimeError, match='^Cannot add children to "MyStack" during synthesis'):
        Construct(stack, "Late")
    with pytest.raises(RuntimeError, match="^Cannot add children during synthesis"):
        Construct(app, "LateRoot")


def test_lock_forbids_children_below_the_locked_construct(stack: Stack) -> None:
    g = Construct(stack, "G")
    inner = Construct(g, "Inner")
    g.node.lock()
    assert inner.node.locked
    with pytest.raises(RuntimeError, match='^Cannot add children to "MyStack/G/Inner" during synthesis'):
        Construct(inner, "X")
    Construct(stack, "StillFine")
