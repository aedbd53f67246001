"""PyPI ``constructs``' members pycdk's ``constructs`` mirrors: ``MetadataOptions``, ``Node.add_metadata``'s
keywords, ``Node.remove_dependency``, ``Node.with_`` and ``Construct.with_``.

Expected values recorded from aws-cdk-lib 2.275 / constructs 10.8.1 in the oracle venv (same calls).
"""

from __future__ import annotations

import constructs as cdk


def _stack_with_two() -> tuple[cdk.Stack, cdk.CfnResource, cdk.CfnResource]:
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    return stack, cdk.CfnResource(stack, "B", type="AWS::S3::Bucket"), cdk.CfnResource(stack, "Q", type="AWS::SQS::Queue")


def test_remove_dependency_removes_what_add_dependency_added() -> None:
    # oracle: b.node.add_dependency(q); b.node.remove_dependency(q); b.node.dependencies == []
    _, b, q = _stack_with_two()
    b.node.add_dependency(q)
    assert b.node.dependencies == [q]
    b.node.remove_dependency(q)
    assert b.node.dependencies == []
    b.node.remove_dependency(q)  # removing what is not there is no error (oracle: no error)
    assert b.node.dependencies == []


def test_remove_dependency_leaves_the_others() -> None:
    stack, b, q = _stack_with_two()
    t = cdk.CfnResource(stack, "T", type="AWS::SNS::Topic")
    b.node.add_dependency(q, t)
    b.node.remove_dependency(q)
    assert b.node.dependencies == [t]


def test_stack_trace_override_is_the_entry_trace() -> None:
    # oracle: MetadataEntry(data=1, type='x', trace=['a', 'b'])
    _, b, _ = _stack_with_two()
    b.node.add_metadata("x", 1, stack_trace_override=["a", "b"])
    entry = b.node.metadata[-1]
    assert (entry.type, entry.data, entry.trace) == ("x", 1, ["a", "b"])
    b.node.add_metadata("x2", 2, cdk.MetadataOptions(stack_trace_override=["c"]))
    assert b.node.metadata[-1].trace == ["c"]


def test_stack_trace_true_records_a_trace_and_none_records_none() -> None:
    # oracle: bool(trace) is True with stack_trace=True; trace is None without options
    _, b, _ = _stack_with_two()
    b.node.add_metadata("y", 2, stack_trace=True)
    assert b.node.metadata[-1].trace
    b.node.add_metadata("y2", 2)
    assert b.node.metadata[-1].trace is None


def test_metadata_options_struct() -> None:
    opts = cdk.MetadataOptions(stack_trace=True, stack_trace_override=["t"])
    assert (opts.stack_trace, opts.stack_trace_override, opts.trace_from_function) == (True, ["t"], None)


class _Tag(cdk.Mixin):
    def apply_to(self, construct: cdk.IConstruct) -> None:
        construct.node.add_metadata("tagged", construct.node.id)


def test_with_on_construct_and_node_returns_the_construct_and_applies_to_the_subtree() -> None:
    # oracle: s.node.with_() is s and s.with_() is s
    stack, b, q = _stack_with_two()
    plain = cdk.Construct(stack, "Plain")
    assert plain.with_(_Tag()) is plain
    assert stack.node.with_() is stack
    assert stack.with_(_Tag()) is stack
    assert [m.data for m in b.node.metadata if m.type == "tagged"] == ["B"]
    assert [m.data for m in plain.node.metadata if m.type == "tagged"] == ["Plain", "Plain"]


def test_iconstruct_with_is_optional() -> None:
    class OnlyNode:
        node = None

    assert isinstance(OnlyNode(), cdk.IConstruct)
    assert not isinstance(object(), cdk.IConstruct)
