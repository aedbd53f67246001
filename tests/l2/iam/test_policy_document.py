"""PolicyDocument: rendering as a token, de-duplication, minimize, Sids, from_json errors."""

from __future__ import annotations

import pytest

from constructs import Stack, UnscopedValidationError
from l2 import iam


def test_empty_document_renders_nothing(stack: Stack) -> None:
    doc = iam.PolicyDocument()
    assert doc.is_empty and doc.statement_count == 0
    assert stack.resolve(doc) is None


def test_identical_statements_are_rendered_once_but_counted_twice(stack: Stack) -> None:
    doc = iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["a:b"], resources=["*"]) for _ in range(2)])
    assert doc.statement_count == 2
    assert stack.resolve(doc) == {"Statement": [{"Action": "a:b", "Effect": "Allow", "Resource": "*"}],
                                  "Version": "2012-10-17"}


def test_statements_are_frozen_once_rendered(stack: Stack) -> None:
    statement = iam.PolicyStatement(actions=["a:b"], resources=["*"])
    stack.resolve(iam.PolicyDocument(statements=[statement]))
    assert statement.frozen
    with pytest.raises(UnscopedValidationError, match="addActions: freeze"):
        statement.add_actions("c:d")


def test_minimize_merges_statements_that_differ_in_one_field(stack: Stack) -> None:
    doc = iam.PolicyDocument(minimize=True, statements=[
        iam.PolicyStatement(actions=["b:x"], resources=["r1"]),
        iam.PolicyStatement(actions=["a:x"], resources=["r1"]),
        iam.PolicyStatement(actions=["c:x"], resources=["r2"], sid="Kept"),
    ])
    assert stack.resolve(doc)["Statement"] == [
        {"Action": ["a:x", "b:x"], "Effect": "Allow", "Resource": "r1"},
        {"Action": "c:x", "Effect": "Allow", "Resource": "r2", "Sid": "Kept"},
    ]


def test_assign_sids_numbers_statements_without_sid(stack: Stack) -> None:
    doc = iam.PolicyDocument(assign_sids=True, statements=[
        iam.PolicyStatement(actions=["a:b"], resources=["*"]),
        iam.PolicyStatement(actions=["c:d"], resources=["*"], sid="Mine"),
    ])
    assert [s["Sid"] for s in stack.resolve(doc)["Statement"]] == ["0", "Mine"]


def test_to_json_keeps_tokens_unresolved(stack: Stack) -> None:
    doc = iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["a:b"], resources=[stack.account])])
    rendered = doc.to_json()
    assert rendered["Statement"][0]["Resource"] == stack.account


@pytest.mark.parametrize(
    ("json", "message"),
    [
        ({"Statement": {"Action": "a:b"}}, "Statement must be an array"),
        ({"Statement": [{"Resource": "*"}]}, "A PolicyStatement must specify at least one 'action' or 'notAction'."),
        ({"Statement": [{"Action": 3}]}, "Fields must be either a string or an array of strings"),
        ({"Statement": [{"Action": "a:b", "Principal": 5}]}, "JSON IAM principal should be an object, got 5"),
    ],
)
def test_from_json_rejects_malformed_documents(json: dict, message: str) -> None:
    with pytest.raises(UnscopedValidationError, match=message):
        iam.PolicyDocument.from_json(json)
